import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { govKeys, type ImportOutcome, importEvents } from '../../api/governance.ts';
import { formatFileSize, MAX_UPLOAD_BYTES } from '../../components/upload-check.ts';
import { useI18n } from '../../i18n/index.tsx';
import {
  decodeCsvBytes,
  IMPORT_MAX_ROWS,
  type ImportProblem,
  importFileProblem,
  importProblemsOf,
  type ReadImport,
  readImport,
} from './import-file.ts';

/** A file chosen and read: its text as sent, and its rows as the preview and the problems show them. */
export interface Chosen {
  name: string;
  text: string;
  read: ReadImport;
  converted: boolean;
}

export type Stage =
  | { kind: 'none' }
  | { kind: 'ready'; file: Chosen }
  /** The server refused the file: nothing stored; its problems by row and column, or its one message. */
  | { kind: 'refused'; file: Chosen; problems: ImportProblem[] | null; message: string }
  | { kind: 'done'; file: Chosen; outcome: ImportOutcome };

/** Refusals the server makes before storing anything (a bad row, header or size, or no right to import). */
const REFUSED_WHOLE: ReadonlySet<number> = new Set([400, 403, 413]);

/**
 * Where an import stands — no file, a file read and previewed, refused by the server, or done — and the ways on:
 * choose a file (checked and read in the browser first), send it, start again. Sent events join the lists.
 */
export function useImportFile() {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const importing = useMutation({
    mutationFn: importEvents,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: govKeys.eventLists }),
  });
  const [stage, setStage] = useState<Stage>({ kind: 'none' });
  const [fileError, setFileError] = useState<string | null>(null);

  const refuseFile = (text: string) => {
    setFileError(text);
    void message.error(text);
  };

  /** Checks and reads the file in the browser; nothing is sent until the operator has seen the preview. */
  const choose = async (file: File) => {
    // A new file makes what was said of the last one stale.
    message.destroy();
    setFileError(null);
    const name = file.name;
    const max = formatFileSize(MAX_UPLOAD_BYTES);
    const problem = importFileProblem(file);
    if (problem === 'type') return refuseFile(t('gov.import.badType', { name }));
    if (problem === 'empty') return refuseFile(t('gov.import.empty', { name }));
    if (problem === 'size')
      return refuseFile(t('gov.import.tooLarge', { name, size: formatFileSize(file.size), max }));
    let decoded: ReturnType<typeof decodeCsvBytes>;
    try {
      decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    } catch {
      return refuseFile(t('gov.import.unreadable', { name }));
    }
    // GBK grows when sent as UTF-8: the limit is on what the server receives.
    const sentSize = new Blob([decoded.text]).size;
    if (sentSize > MAX_UPLOAD_BYTES)
      return refuseFile(t('gov.import.tooLarge', { name, size: formatFileSize(sentSize), max }));
    const read = readImport(decoded.text);
    if ('kind' in read) {
      if (read.kind === 'syntax') return refuseFile(t('gov.import.syntax', { name, line: read.line }));
      if (read.kind === 'noRows') return refuseFile(t('gov.import.noRows', { name }));
      return refuseFile(t('gov.import.tooManyRows', { name, rows: IMPORT_MAX_ROWS.toLocaleString() }));
    }
    setStage({
      kind: 'ready',
      file: { name, text: decoded.text, read, converted: decoded.encoding === 'gb18030' },
    });
  };

  const send = async (file: Chosen) => {
    try {
      const outcome = await importing.mutateAsync(file.text);
      setStage({ kind: 'done', file, outcome });
      void message.success(t('gov.import.sent', { count: outcome.imported }));
    } catch (caught) {
      if (caught instanceof ApiError && REFUSED_WHOLE.has(caught.status)) {
        setStage({
          kind: 'refused',
          file,
          problems: importProblemsOf(caught.details),
          message: errorText(caught),
        });
      } else {
        void message.error(errorText(caught));
      }
    }
  };

  const reset = () => {
    setStage({ kind: 'none' });
    setFileError(null);
  };

  return { stage, fileError, sending: importing.isPending, choose, send, reset };
}
