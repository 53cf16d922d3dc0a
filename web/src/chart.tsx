import { useI18n } from './i18n';

export interface Series {
  name: string;
  values: number[];
  /** 'a' (solid) or 'b' (hatched): told apart by pattern as well as colour. */
  style: 'a' | 'b';
}

function niceMax(n: number): number {
  if (n <= 5) return Math.max(1, n);
  const step = 10 ** Math.floor(Math.log10(n));
  return Math.ceil(n / step) * step;
}

/**
 * A grouped bar chart drawn as SVG: a text alternative (title and a summary) for screen readers,
 * and the same numbers as a table under it.
 */
export function BarChart({ id, title, categories, series }: { id: string; title: string; categories: string[]; series: Series[] }) {
  const { t } = useI18n();
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const bar = 18;
  const gap = 14;
  const group = series.length * bar + gap;
  const left = 36;
  const top = 16;
  const height = 180;
  const labelSpace = 48;
  const width = Math.max(320, left + categories.length * group + 10);
  const y = (v: number) => top + height - (v / max) * height;
  const ticks = max <= 5 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, max / 4, max / 2, (3 * max) / 4, max];
  const totals = series.map((s) => `${s.name}: ${s.values.reduce((a, b) => a + b, 0)}`).join(', ');
  return (
    <figure class="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <div class="chart-scroll">
        <svg
          viewBox={`0 0 ${width} ${top + height + labelSpace}`}
          width={width}
          height={top + height + labelSpace}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          focusable="false"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{t('chart.summary', { totals, n: categories.length })}</desc>
          <defs>
            <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" class="series-b-bg" />
              <line x1="0" y1="0" x2="0" y2="6" class="series-b-line" stroke-width="3" />
            </pattern>
          </defs>
          {ticks.map((v) => (
            <g key={v}>
              <line x1={left} x2={width - 4} y1={y(v)} y2={y(v)} class="grid-line" />
              <text x={left - 6} y={y(v) + 4} text-anchor="end" class="axis-label">
                {Math.round(v)}
              </text>
            </g>
          ))}
          {categories.map((c, ci) => (
            <g key={c}>
              {series.map((s, si) => {
                const v = s.values[ci] ?? 0;
                const x = left + ci * group + gap / 2 + si * bar;
                return (
                  <g key={s.name}>
                    <rect
                      x={x}
                      y={y(v)}
                      width={bar - 2}
                      height={Math.max(0, top + height - y(v))}
                      class={s.style === 'a' ? 'series-a' : 'series-b'}
                      fill={s.style === 'b' ? `url(#${id}-hatch)` : undefined}
                    />
                    {v > 0 && (
                      <text x={x + (bar - 2) / 2} y={y(v) - 3} text-anchor="middle" class="value-label">
                        {v}
                      </text>
                    )}
                  </g>
                );
              })}
              <text x={left + ci * group + group / 2} y={top + height + 16} text-anchor="middle" class="axis-label">
                {c.length > 14 ? `${c.slice(0, 13)}…` : c}
              </text>
            </g>
          ))}
          <line x1={left} x2={width - 4} y1={top + height} y2={top + height} class="axis-line" />
        </svg>
      </div>
      <ul class="legend">
        {series.map((s) => (
          <li key={s.name}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect
                width="14"
                height="14"
                class={s.style === 'a' ? 'series-a' : 'series-b'}
                fill={s.style === 'b' ? `url(#${id}-hatch)` : undefined}
              />
            </svg>{' '}
            {s.name}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('chart.asTable')}</summary>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chart.category')}</th>
                {series.map((s) => (
                  <th scope="col" key={s.name}>
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((c, ci) => (
                <tr key={c}>
                  <th scope="row">{c}</th>
                  {series.map((s) => (
                    <td key={s.name}>{s.values[ci] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
