// The files a citizen attaches, grouped in slots (a document component, a requested item): upload state per file.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../http/client.ts';
import {
  maxFileBytes,
  UploadAborted,
  type UploadedFile,
  type UploadHandle,
  uploadWithProgress,
} from './upload-with-progress.ts';

export type UploadFailure = 'tooLarge' | 'type' | 'tooMany' | 'network' | 'server';

export interface UploadItem {
  key: string;
  slot: string;
  fileName: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  /** 0–1 of the bytes sent. */
  progress: number;
  uploaded?: UploadedFile;
  failure?: UploadFailure;
}

function failureOf(error: unknown): UploadFailure {
  if (error instanceof ApiError) {
    if (error.status === 413) return 'tooLarge';
    if (error.status === 415) return 'type';
    if (error.status === 429) return 'tooMany';
    if (error.status >= 500) return 'server';
    return 'type';
  }
  return 'network';
}

let counter = 0;
const nextKey = () => {
  counter += 1;
  return `upload-${counter}`;
};

export function useUploads() {
  const [items, setItems] = useState<UploadItem[]>([]);
  const handles = useRef(new Map<string, UploadHandle>());
  const files = useRef(new Map<string, File>());

  const patch = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const start = useCallback(
    (key: string, file: File) => {
      handles.current.get(key)?.abort();
      files.current.set(key, file);
      if (file.size > maxFileBytes) {
        patch(key, { status: 'failed', failure: 'tooLarge', progress: 0 });
        return;
      }
      const handle = uploadWithProgress(file, (progress) => patch(key, { progress }));
      handles.current.set(key, handle);
      handle.promise.then(
        (uploaded) => {
          if (handles.current.get(key) !== handle) return;
          handles.current.delete(key);
          patch(key, { status: 'done', progress: 1, uploaded });
        },
        (error: unknown) => {
          if (error instanceof UploadAborted || handles.current.get(key) !== handle) return;
          handles.current.delete(key);
          patch(key, { status: 'failed', failure: failureOf(error) });
        },
      );
    },
    [patch],
  );

  const add = useCallback(
    (slot: string, file: File) => {
      const key = nextKey();
      setItems((list) => [
        ...list,
        { key, slot, fileName: file.name, size: file.size, status: 'uploading', progress: 0 },
      ]);
      start(key, file);
    },
    [start],
  );

  /** Puts another file in place of this one (a clearer photo, the right page). */
  const replace = useCallback(
    (key: string, file: File) => {
      patch(key, {
        fileName: file.name,
        size: file.size,
        status: 'uploading',
        progress: 0,
        uploaded: undefined,
        failure: undefined,
      });
      start(key, file);
    },
    [patch, start],
  );

  const retry = useCallback(
    (key: string) => {
      const file = files.current.get(key);
      if (file) replace(key, file);
    },
    [replace],
  );

  const remove = useCallback((key: string) => {
    handles.current.get(key)?.abort();
    handles.current.delete(key);
    files.current.delete(key);
    setItems((list) => list.filter((item) => item.key !== key));
  }, []);

  // Leaving the page stops what is still on its way.
  useEffect(() => {
    const open = handles.current;
    return () => {
      for (const handle of open.values()) handle.abort();
      open.clear();
    };
  }, []);

  return { items, add, replace, retry, remove };
}

export type Uploads = ReturnType<typeof useUploads>;

/** The finished uploads of one slot. */
export function doneIn(items: readonly UploadItem[], slot: string): UploadedFile[] {
  return items.flatMap((item) => (item.slot === slot && item.uploaded ? [item.uploaded] : []));
}

export function isAnyUploading(items: readonly UploadItem[]): boolean {
  return items.some((item) => item.status === 'uploading');
}
