import { useCallback, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { type EventPhoto, type PhotoStage, uploadEventPhoto } from '../../api/governance.ts';

export type UploadState = 'waiting' | 'sending' | 'done' | 'failed';

export interface PhotoUpload {
  name: string;
  state: UploadState;
  error: unknown;
}

export interface PhotoUploads {
  uploads: PhotoUpload[];
  /** Sends the photos one after another; resolves with those the server took. */
  send: (eventId: string, stage: PhotoStage, files: readonly File[]) => Promise<EventPhoto[]>;
  /** True when the server has no photo upload at all (an older server): the screens say so once. */
  unsupported: boolean;
}

/** A server that answers 404/405 on the photo route does not have it (the event itself exists). */
const isMissingRoute = (error: unknown) =>
  error instanceof ApiError && (error.status === 405 || (error.status === 404 && error.field !== 'id'));

/** Uploads the photos of one stage after the step they belong to, and keeps each one's progress for the screen. */
export function usePhotoUploads(): PhotoUploads {
  const [uploads, setUploads] = useState<PhotoUpload[]>([]);
  const [unsupported, setUnsupported] = useState(false);

  const send = useCallback(async (eventId: string, stage: PhotoStage, files: readonly File[]) => {
    setUploads(files.map((file) => ({ name: file.name, state: 'waiting', error: null })));
    const taken: EventPhoto[] = [];
    const mark = (index: number, state: UploadState, error: unknown = null) =>
      setUploads((current) => current.map((u, i) => (i === index ? { ...u, state, error } : u)));
    for (const [index, file] of files.entries()) {
      mark(index, 'sending');
      try {
        taken.push(await uploadEventPhoto(eventId, stage, file));
        mark(index, 'done');
      } catch (error) {
        mark(index, 'failed', error);
        if (isMissingRoute(error)) {
          setUnsupported(true);
          for (let rest = index + 1; rest < files.length; rest++) mark(rest, 'failed', error);
          break;
        }
      }
    }
    return taken;
  }, []);

  return { uploads, send, unsupported };
}
