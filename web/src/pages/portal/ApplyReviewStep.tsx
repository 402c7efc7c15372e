import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Space } from 'antd';
import type { ReactNode } from 'react';
import type { ItemMaterial } from '../../api/catalogue.ts';
import { useI18n } from '../../i18n/index.tsx';
import { type StagedFile, StagedMaterials } from './StagedMaterials.tsx';

/** 核对: the item, the applicant's number and the files, once more before 提交. */
export function ApplyReviewStep({
  itemName,
  person,
  number,
  materials,
  staged,
  error,
  back,
  submitting,
  allowed,
  onSubmit,
}: {
  itemName: string;
  person: boolean;
  number: string;
  materials: ItemMaterial[];
  staged: StagedFile[];
  error: string | null;
  back: ReactNode;
  submitting: boolean;
  allowed: boolean;
  onSubmit: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="apply-step" data-testid="apply-step-review">
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'item', label: t('apply.reviewItem'), children: itemName },
          {
            key: 'applicant',
            label: t(person ? 'apply.idNumber' : 'apply.enterprise'),
            children: (
              <span className="mono" data-testid="review-number">
                {number}
              </span>
            ),
          },
        ]}
      />
      <div className="apply-review-files">
        <StagedMaterials materials={materials} files={staged} />
      </div>
      {error && (
        <Alert type="error" showIcon title={error} className="form-alert" data-testid="apply-error" />
      )}
      <div className="muted small apply-next">{t('apply.next')}</div>
      <Space className="apply-nav">
        {back}
        <Button
          type="primary"
          size="large"
          icon={<SendOutlined />}
          loading={submitting}
          disabled={!allowed}
          onClick={onSubmit}
          data-testid="apply-submit"
        >
          {t('apply.submit')}
        </Button>
      </Space>
    </div>
  );
}
