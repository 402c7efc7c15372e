import { AimOutlined, CompressOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Row, Segmented, Spin, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type AreaDetail, type AreaRef, MAP_LAYERS, type MapLayer } from '../../api/types.ts';
import { useSession } from '../../auth/AuthContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { AreaDetailPanel } from './AreaDetailPanel.tsx';
import { AreaSearch } from './AreaSearch.tsx';
import { GeoMap, type MapFocus } from './GeoMap.tsx';
import { useAreaDetail, useGeoJson } from './useGeoData.ts';

/** How far to zoom in on an area that is not drawn on the current layer (its size is then unknown). */
const FOCUS_ZOOM: Record<MapLayer | 'district', number> = {
  district: 1,
  street: 2,
  community: 4,
  grid: 9,
  micro_grid: 16,
};

const isLayer = (value: string | null): value is MapLayer =>
  (MAP_LAYERS as readonly string[]).includes(value ?? '');

/**
 * 一张图: the district drawn from our own GeoJSON, one layer at a time, with search and area details.
 * The layer and the selected area live in the URL (?layer=&area=) so a view can be shared or reloaded.
 */
export default function MapPage() {
  const { t, label } = useI18n();
  const { user } = useSession();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const layerParam = params.get('layer');
  const layer: MapLayer = isLayer(layerParam) ? layerParam : 'street';
  const selected = params.get('area');

  const [focus, setFocus] = useState<MapFocus | null>(null);
  const [resetToken, setResetToken] = useState(0);
  /** Set when a search result or breadcrumb was chosen (or the page opened on ?area=): centre on it once its details arrive. */
  const [pendingFocus, setPendingFocus] = useState<string | null>(selected);

  const district = useGeoJson('district');
  const features = useGeoJson(layer);
  const detail = useAreaDetail(selected);

  const update = useCallback(
    (next: { layer?: MapLayer; area?: string | null }) =>
      setParams(
        (current) => {
          const out = new URLSearchParams(current);
          if (next.layer) out.set('layer', next.layer);
          if (next.area !== undefined) {
            if (next.area) out.set('area', next.area);
            else out.delete('area');
          }
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );

  const locate = useCallback(
    (area: AreaDetail, announce: boolean) => {
      if (area.centerLng === null || area.centerLat === null) return;
      setFocus({
        code: area.code,
        lng: area.centerLng,
        lat: area.centerLat,
        fallbackZoom: FOCUS_ZOOM[area.level],
        nonce: Date.now(),
      });
      if (announce) void message.info(t('geo.locateDone', { name: area.name }));
    },
    [message, t],
  );

  useEffect(() => {
    const data = detail.data;
    if (pendingFocus && data && data.code === pendingFocus) {
      setPendingFocus(null);
      if (data.level === 'district') setResetToken((n) => n + 1);
      else locate(data, false);
    }
  }, [pendingFocus, detail.data, locate]);

  const pick = (area: AreaRef) => {
    update({ layer: isLayer(area.level) ? area.level : undefined, area: area.code });
    setPendingFocus(area.code);
  };

  // Grid workers and street staff jump straight to their own patch.
  const myArea = user?.jurisdiction && user.jurisdiction.level !== 'district' ? user.jurisdiction : null;

  const layerCount = features.data?.features.length ?? 0;
  const derivedCount = features.data?.features.filter((f) => f.properties.derived).length ?? 0;

  return (
    <div className="page map-page">
      <div className="map-toolbar">
        <Typography.Title level={4} className="page-title">
          {t('geo.title')}
        </Typography.Title>
        <Segmented
          data-testid="layer-switch"
          value={layer}
          onChange={(value) => update({ layer: value as MapLayer })}
          options={MAP_LAYERS.map((level) => ({ value: level, label: label('level', level) }))}
        />
        <AreaSearch onPick={pick} />
        {myArea && (
          <Button icon={<AimOutlined />} onClick={() => pick(myArea)} data-testid="my-area">
            {t('geo.myArea')}
          </Button>
        )}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16} xxl={17}>
          <div className="map-frame">
            {features.error || district.error ? (
              <Alert
                className="map-error"
                type="error"
                showIcon
                title={features.error ?? district.error}
                action={
                  <Button
                    onClick={() => {
                      if (features.error) features.retry();
                      if (district.error) district.retry();
                    }}
                  >
                    {t('common.retry')}
                  </Button>
                }
              />
            ) : null}
            {features.data && features.level && (
              <GeoMap
                layer={features.level}
                features={features.data}
                district={district.data}
                selected={selected}
                focus={focus}
                resetToken={resetToken}
                onSelect={(code) => update({ area: code })}
              />
            )}
            {features.loading && (
              <div className="map-loading">
                <Spin description={t('geo.loadingLayer', { level: label('level', layer) })} />
              </div>
            )}
            {features.data && !features.loading && layerCount === 0 && (
              <div className="map-empty">{t('geo.emptyLayer')}</div>
            )}
            <div className="map-overlay map-overlay-top">
              <Tooltip title={t('geo.resetView')}>
                <Button
                  size="small"
                  icon={<CompressOutlined />}
                  onClick={() => setResetToken((n) => n + 1)}
                  aria-label={t('geo.resetView')}
                />
              </Tooltip>
            </div>
            <div className="map-overlay map-overlay-bottom">
              <span>{t('geo.features', { count: layerCount, level: label('level', layer) })}</span>
              {derivedCount > 0 && (
                <span className="map-derived-note">
                  <span className="derived-swatch" /> {t('geo.derived')} {derivedCount}/{layerCount}
                </span>
              )}
              <Tooltip title={t('geo.offline')}>
                <InfoCircleOutlined />
              </Tooltip>
            </div>
          </div>
        </Col>
        <Col xs={24} xl={8} xxl={7}>
          <AreaDetailPanel
            detail={detail.data}
            loading={detail.loading}
            error={detail.error}
            onLocate={(area) => locate(area, true)}
            onPickAncestor={pick}
          />
        </Col>
      </Row>
    </div>
  );
}
