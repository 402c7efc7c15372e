import { useQuery } from '@tanstack/react-query';
import { Skeleton, Tag, Typography } from 'antd';
import { type ItemDefinition, itemQuery } from '../../api/catalogue.ts';
import { useI18n } from '../../i18n/index.tsx';

/** Before the case is opened: what the applicant will need, so the clerk can say it at once. */
export function ItemPreview({ code }: { code: string }) {
  const { t } = useI18n();
  const { data: item, isError } = useQuery(itemQuery(code));

  if (isError) return null;
  if (!item) return <Skeleton active paragraph={{ rows: 4 }} />;
  return (
    <div className="item-preview" data-testid="item-preview">
      <Typography.Title level={5}>{t('desk.preview')}</Typography.Title>
      <ItemRequirements definition={item.definition} />
    </div>
  );
}

/** The item's accept conditions and materials, as a list to prepare from (window desk, online application). */
export function ItemRequirements({ definition }: { definition: ItemDefinition }) {
  const { t, label } = useI18n();
  return (
    <>
      {definition.acceptConditions.length > 0 && (
        <>
          <div className="muted small">{t('desk.previewConditions')}</div>
          <ul className="preview-list">
            {definition.acceptConditions.map((condition) => (
              <li key={condition.id}>{condition.text}</li>
            ))}
          </ul>
        </>
      )}
      <div className="muted small">{t('desk.previewMaterials')}</div>
      <ol className="preview-list">
        {definition.materials.map((material) => (
          <li key={material.id}>
            {material.name}{' '}
            {material.necessity !== 'required' && (
              <Tag bordered={false} color={material.necessity === 'conditional' ? 'gold' : 'default'}>
                {label('necessity', material.necessity)}
                {material.condition ? `：${material.condition}` : ''}
              </Tag>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
