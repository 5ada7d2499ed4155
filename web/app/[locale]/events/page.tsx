import { eventsList } from './list';

export const generateMetadata = eventsList.unfiltered.generateMetadata;
export default eventsList.unfiltered.Page;
