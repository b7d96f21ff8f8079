/** The live counter partners place with <img>: a small SVG with only our own text, no script, no link, no font download. */
export type CounterText = { count: string; goal: string; label: string };

export const COUNTER_WIDTH = 320;
export const COUNTER_HEIGHT = 96;

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * `progress` is count / goal (capped at 1). The fonts are the system's: the PNG is
 * drawn by sharp's librsvg with fontconfig (DejaVu Sans on Debian), so Azerbaijani
 * and Cyrillic letters render without a web font.
 */
export function counterSvg(text: CounterText, progress: number): string {
  const bar = COUNTER_WIDTH - 32;
  const filled = Math.round(bar * Math.max(0, Math.min(1, progress)));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${COUNTER_WIDTH}" height="${COUNTER_HEIGHT}" viewBox="0 0 ${COUNTER_WIDTH} ${COUNTER_HEIGHT}" role="img" aria-label="${escape(`${text.count}. ${text.goal}`)}">
<title>${escape(`${text.label}: ${text.count}. ${text.goal}`)}</title>
<rect x="0.5" y="0.5" width="${COUNTER_WIDTH - 1}" height="${COUNTER_HEIGHT - 1}" rx="6" fill="#ffffff" stroke="#a8a29e"/>
<g font-family="DejaVu Sans, Verdana, Arial, sans-serif" fill="#1c1917">
<text x="16" y="22" font-size="12">${escape(text.label)}</text>
<text x="16" y="48" font-size="22" font-weight="bold">${escape(text.count)}</text>
<text x="16" y="68" font-size="13">${escape(text.goal)}</text>
</g>
<rect x="16" y="78" width="${bar}" height="8" rx="4" fill="#e7e5e4"/>
<rect x="16" y="78" width="${filled}" height="8" rx="4" fill="#9f1239"/>
</svg>`;
}
