import { Alert } from 'antd';
import type { CaseView } from '../../api/cases.ts';
import { MaterialAttachments } from '../../components/MaterialAttachments.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { MaterialRow } from '../service/MaterialRow.tsx';
import { canUpload, filesByMaterial } from './portal-case.ts';

interface MaterialFilesProps {
  c: CaseView;
  onChanged: (c: CaseView) => void;
}

/** 申请材料: each material of the checklist with its status, the files uploaded for it, and an upload button. */
export function MaterialFiles({ c, onChanged }: MaterialFilesProps) {
  const { t } = useI18n();
  const uploadable = canUpload(c);
  const files = filesByMaterial(c.files);
  const waiting = c.state === 'prereview' || c.state === 'correction';
  return (
    <div className="material-files">
      {uploadable && <div className="muted small material-files-hint">{t('portalCase.uploadHint')}</div>}
      {waiting && c.files === undefined && (
        <Alert type="info" showIcon title={t('portalCase.uploadUnavailable')} className="form-alert" />
      )}
      <div className="material-list">
        {c.checklist.materials.map((material, index) => (
          <MaterialRow key={material.id} index={index} material={material} readOnly onSet={() => undefined}>
            <MaterialAttachments
              c={c}
              material={material}
              files={files.get(material.id) ?? []}
              uploadable={uploadable}
              removable={uploadable}
              onChanged={onChanged}
            />
          </MaterialRow>
        ))}
      </div>
    </div>
  );
}
