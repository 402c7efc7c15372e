import { Alert, Card } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { ImportProblems } from './ImportProblems.tsx';
import type { ImportProblem, ReadImport } from './import-file.ts';

/**
 * How many problems the refusal counted: its message says ("有 203 处问题"), the list stops at 200. The list's
 * length when the message does not say.
 */
function problemCount(message: string, problems: readonly ImportProblem[]): number {
  const said = Number(/\d+/.exec(message)?.[0]);
  return Number.isInteger(said) && said >= problems.length ? said : problems.length;
}

/** The server refused the file whole: nothing was stored; each problem by row and column, or its one message. */
export function ImportRefused({
  file,
  problems,
  message,
}: {
  file: ReadImport;
  problems: ImportProblem[] | null;
  message: string;
}) {
  const { t } = useI18n();
  return (
    <Card className="import-card" data-testid="import-refused">
      <Alert
        type="error"
        showIcon
        title={
          problems
            ? t('gov.import.refusedTitle', { count: problemCount(message, problems) })
            : t('gov.import.refusedOther', { message })
        }
        description={
          problems ? (
            <>
              {t('gov.import.refusedText')}
              {problems.length < problemCount(message, problems) &&
                ` ${t('gov.import.problemsShown', { count: problems.length })}`}
            </>
          ) : undefined
        }
        className="import-block"
        data-testid="import-refused-summary"
      />
      {problems && <ImportProblems problems={problems} file={file} testId="import-problems" />}
    </Card>
  );
}
