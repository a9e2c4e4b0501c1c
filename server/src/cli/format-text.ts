// `check --format text`: `path:line:column: severity rule-id message`, one a line, then a summary.

import { SEVERITIES, type Severity } from '../core/finding';
import { oneLine, type CheckedFile } from './common';

export function formatText(files: readonly CheckedFile[], fixing: boolean): string {
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let filesWithProblems = 0;
  let fixed = 0;
  for (const file of files) {
    fixed += file.fixed;
    if (file.analysis.findings.length > 0) filesWithProblems++;
    for (const finding of file.analysis.findings) {
      counts[finding.severity]++;
      const { line, column } = file.lines.lineColumnAt(finding.start);
      out.push(`${file.path}:${line}:${column}: ${finding.severity} ${finding.rule} ${oneLine(finding.message)}\n`);
    }
  }
  if (fixing) out.push(`fixed ${plural(fixed, 'problem')} in ${plural(files.filter((file) => file.fixed > 0).length, 'file')}\n`);
  out.push(summary(counts, filesWithProblems, files.length));
  return out.join('');
}

/** "3 problems (1 error, 2 warnings) in 1 file", "… in 2 of 5 files", "no problems in 5 files". */
function summary(counts: Record<Severity, number>, filesWithProblems: number, filesChecked: number): string {
  const total = SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0);
  if (total === 0) return `no problems in ${plural(filesChecked, 'file')}\n`;
  const parts = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) =>
    severity === 'information' ? `${counts[severity]} information` : plural(counts[severity], severity));
  const where = filesWithProblems === filesChecked
    ? plural(filesChecked, 'file')
    : `${filesWithProblems} of ${plural(filesChecked, 'file')}`;
  return `${plural(total, 'problem')} (${parts.join(', ')}) in ${where}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
