// Numbers as en-US writes them: “1,234,567”, “2.5”. By hand for the usual values, as
// Number#toLocaleString('en-US') writes them: the first toLocaleString of a process loads ICU's number
// formatting, ~25 ms of a one-shot run such as the CLI's.

/** `value.toLocaleString('en-US')`. */
export function formatNumber(value: number): string {
  const digits = String(Math.abs(value));
  // What toLocaleString rounds (four decimals or more), spells (NaN, ∞), writes in exponent form here
  // (1e21, 1e-7) or reads beyond a double's exact integers, and -0, are its own.
  if (!PLAIN.test(digits) || Math.abs(value) > Number.MAX_SAFE_INTEGER || Object.is(value, -0)) return value.toLocaleString('en-US');
  const dot = digits.indexOf('.');
  const whole = dot < 0 ? digits : digits.slice(0, dot);
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let k = grouped.length; k < whole.length; k += 3) grouped += ',' + whole.slice(k, k + 3);
  return (value < 0 ? '-' : '') + grouped + (dot < 0 ? '' : digits.slice(dot));
}

const PLAIN = /^\d+(?:\.\d{1,3})?$/;
