import { Badge, Flex, Link, Typography } from '@strapi/design-system';
import { useFetchClient, Widget } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { inviteRepresentativePath, moderationQueues, pendingCountPath, pendingListPath } from './queues';

/** The admin home's moderation queue: how many submissions wait in each queue, each a link to them, oldest first. */
export function QueueWidget() {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [counts, setCounts] = useState<(number | null)[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    // A queue this editor may not read counts as unknown, not as a failure of the others.
    Promise.all(
      moderationQueues.map(({ uid }) =>
        get<{ pagination: { total: number } }>(pendingCountPath(uid)).then(
          ({ data }) => data.pagination.total,
          () => null,
        ),
      ),
    ).then(
      (totals) => current && setCounts(totals),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [get]);

  if (failed) return <Widget.Error>{formatMessage({ id: 'forum.moderation.failed', defaultMessage: 'The queues could not be loaded.' })}</Widget.Error>;
  if (!counts) return <Widget.Loading />;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {moderationQueues.map(({ uid, label }, index) => (
        <Flex key={uid} justifyContent="space-between" gap={2}>
          <Link tag={RouterLink} to={pendingListPath(uid)}>
            {formatMessage(label)}
          </Link>
          {counts[index] !== null && (
            <Badge active={(counts[index] ?? 0) > 0}>
              {formatMessage({ id: 'forum.moderation.pending', defaultMessage: '{count} waiting' }, { count: counts[index] })}
            </Badge>
          )}
        </Flex>
      ))}
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: 'forum.moderation.hint', defaultMessage: 'Open a record, set its state and save.' })}
      </Typography>
      <Link tag={RouterLink} to={inviteRepresentativePath}>
        {formatMessage({ id: 'forum.moderation.invite', defaultMessage: 'Invite a representative' })}
      </Link>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: 'forum.moderation.inviteHint', defaultMessage: 'Create a user with their e-mail and association.' })}
      </Typography>
    </Flex>
  );
}
