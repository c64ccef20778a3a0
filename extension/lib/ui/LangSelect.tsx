/** The UI language choice (auto / 日本語 / English), the same in the panel, the files page and the options. */
import { t, type Lang, type LangSetting } from '../i18n';

export function LangSelect(props: { value: LangSetting; lang: Lang; label: string; id?: string; onChange(value: LangSetting): void }) {
  return (
    <select id={props.id} aria-label={props.label} value={props.value}
      onChange={(e) => props.onChange((e.target as HTMLSelectElement).value as LangSetting)}>
      <option value="auto">{t('langAuto', props.lang)}</option>
      <option value="ja">日本語</option>
      <option value="en">English</option>
    </select>
  );
}
