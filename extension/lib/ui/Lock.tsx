/** A small padlock drawn as SVG (emoji fonts are not installed everywhere). Decorative. */
export function Lock() {
  return (
    <svg class="lock" width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.8" />
    </svg>
  );
}
