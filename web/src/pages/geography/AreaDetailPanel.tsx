import { AimOutlined, EnvironmentOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Descriptions, Empty, Skeleton, Tag, Typography } from 'antd';
import type { AreaDetail, AreaRef, GeoLevel } from '../../api/types.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';

interface Props {
  detail: AreaDetail | null;
  loading: boolean;
  error: string | null;
  onLocate: (detail: AreaDetail) => void;
  onPickAncestor: (area: AreaRef) => void;
}

const formatNumber = (value: number, digits: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(
    value,
  );

/** Where a level's names and boundaries come from, in the reader's language. */
const SOURCE_KEYS: Record<GeoLevel, MessageKey> = {
  district: 'geo.source.official',
  street: 'geo.source.derived.street',
  community: 'geo.source.derived.community',
  grid: 'geo.source.derived.grid',
  micro_grid: 'geo.source.derived.micro_grid',
};

/** The facts about one area, with derived (not surveyed) boundaries labelled as such. */
export function AreaDetailPanel({ detail, loading, error, onLocate, onPickAncestor }: Props) {
  const { t, label, locale } = useI18n();

  let body: React.ReactNode;
  if (loading && !detail) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (error) body = <Alert type="error" showIcon title={error} />;
  else if (!detail)
    body = (
      <Empty image={<EnvironmentOutlined className="empty-map-icon" />} description={t('geo.pickHint')} />
    );
  else {
    const ancestors = detail.path.filter((area) => area.code !== detail.code);
    const hasCentre = detail.centerLng !== null && detail.centerLat !== null;
    body = (
      <>
        <div className="area-detail-head">
          <Typography.Title level={4} className="area-detail-name">
            {detail.name}
          </Typography.Title>
          <Tag color="blue">{label('level', detail.level)}</Tag>
          {detail.derived ? (
            <Tag color="orange" icon={<WarningOutlined />} data-testid="derived-tag">
              {t('geo.derived')}
            </Tag>
          ) : (
            <Tag color="green">{t('geo.official')}</Tag>
          )}
        </div>
        <Descriptions
          size="small"
          column={1}
          bordered
          className="area-detail-facts"
          items={[
            { key: 'name', label: t('geo.name'), children: detail.name },
            {
              key: 'code',
              label: t('geo.code'),
              children: <Typography.Text copyable>{detail.code}</Typography.Text>,
            },
            { key: 'level', label: t('geo.level'), children: label('level', detail.level) },
            {
              key: 'path',
              label: t('geo.path'),
              // The ancestors link to themselves on the map; the area itself closes the trail.
              children: (
                <Breadcrumb
                  className="area-detail-path"
                  data-testid="area-path"
                  items={[
                    ...ancestors.map((area) => ({
                      key: area.code,
                      title: (
                        <Typography.Link onClick={() => onPickAncestor(area)} title={area.code}>
                          {area.name}
                        </Typography.Link>
                      ),
                    })),
                    { key: detail.code, title: detail.name },
                  ]}
                />
              ),
            },
            {
              key: 'area',
              label: t('geo.areaKm2'),
              children:
                detail.areaKm2 === null
                  ? '—'
                  : t('geo.km2', { value: formatNumber(detail.areaKm2, detail.areaKm2 < 1 ? 3 : 2, locale) }),
            },
            {
              key: 'children',
              label: t('geo.childCount'),
              children: t('geo.childCountValue', { count: detail.childCount }),
            },
            {
              key: 'centre',
              label: t('geo.center'),
              children: hasCentre ? (
                <span className="area-detail-centre">
                  <span data-testid="area-centre">
                    {detail.centerLng!.toFixed(5)}, {detail.centerLat!.toFixed(5)}
                  </span>
                  <Button size="small" icon={<AimOutlined />} onClick={() => onLocate(detail)}>
                    {t('geo.locate')}
                  </Button>
                </span>
              ) : (
                '—'
              ),
            },
            {
              key: 'source',
              label: t('geo.source'),
              // The stored provenance is a technical record in English; the reader gets it in words of their language.
              children: (
                <span title={detail.source ?? undefined} data-testid="area-source">
                  {t(detail.derived ? SOURCE_KEYS[detail.level] : 'geo.source.official')}
                </span>
              ),
            },
          ]}
        />
        {detail.derived && (
          <Alert className="area-detail-derived" type="warning" showIcon title={t('geo.derivedHint')} />
        )}
      </>
    );
  }

  return (
    <Card
      className="area-detail"
      data-testid="area-detail"
      title={t('geo.detail')}
      loading={false}
      size="small"
    >
      {body}
    </Card>
  );
}
