// Strapi's REST API reads nested parameters in the bracket notation of the `qs` library
// (populate[sectors][fields][0]=name); this writes it for plain objects and arrays.

export type QueryValue = string | number | boolean | null | undefined | QueryValue[] | { [key: string]: QueryValue };
export type QueryParams = { [key: string]: QueryValue };

function append(pairs: string[], key: string, value: QueryValue): void {
  if (value === undefined) return;
  if (value === null) {
    pairs.push(`${encodeURIComponent(key)}=`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => append(pairs, `${key}[${index}]`, item));
  } else if (typeof value === 'object') {
    for (const [child, childValue] of Object.entries(value)) append(pairs, `${key}[${child}]`, childValue);
  } else {
    pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
}

/** `{ a: { b: [1, 2] } }` -> `a%5Bb%5D%5B0%5D=1&a%5Bb%5D%5B1%5D=2`; undefined values are left out. */
export function toQueryString(params: QueryParams): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(params)) append(pairs, key, value);
  return pairs.join('&');
}
