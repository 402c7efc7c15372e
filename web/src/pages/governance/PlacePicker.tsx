import { AimOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { componentMarkers, type Place, placeAtComponent, withoutComponent } from './component-pick.ts';
import { DistrictMap } from './DistrictMap.tsx';
import { NearComponents, useComponentClassName } from './NearComponents.tsx';
import { useAreaStart } from './useAreaStart.ts';
import { type Point, useLocate } from './useLocate.ts';
import { useNearComponents } from './useNearComponents.ts';

interface PlacePickerProps {
  /** Set by the surrounding Form.Item. */
  value?: Place | null;
  onChange?: (place: Place | null) => void;
  /** Phones: a shorter map. */
  compact?: boolean;
  /** Staff: list the components near the pin, to pick the one the problem is on (部件). */
  components?: boolean;
  /** The area the map opens on (a grid worker's own grid) instead of the whole district. */
  homeArea?: string;
}

/**
 * Where the problem is: a pin dropped by a click on the district map, or the phone's position. Under the map
 * the street, community and grid of the pin, so the reporter sees at once whether it is the right place; for
 * staff, the components near it, one of which can be picked (the pin then moves onto it).
 */
export function PlacePicker({
  value,
  onChange,
  compact = false,
  components = false,
  homeArea,
}: PlacePickerProps) {
  const start = useAreaStart(homeArea);
  const { t } = useI18n();
  const { message } = App.useApp();
  const [locating, setLocating] = useState(false);
  const near = useNearComponents(components ? (value ?? null) : null);
  const className = useComponentClassName();
  const chosen = value?.component ?? null;
  const markers = useMemo(
    () =>
      components ? componentMarkers(near.items, chosen?.id, (c) => `${className(c)} · ${c.id}`) : undefined,
    [components, near.items, chosen?.id, className],
  );
  const pick = (id: string) => {
    const c = near.items.find((item) => item.id === id);
    if (c) onChange?.(placeAtComponent(c));
  };

  const useMyPosition = () => {
    if (!('geolocation' in navigator)) {
      void message.warning(t('gov.place.gpsUnsupported'));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onChange?.({ lng: position.coords.longitude, lat: position.coords.latitude });
      },
      (failure) => {
        setLocating(false);
        void message.warning(
          t(failure.code === failure.PERMISSION_DENIED ? 'gov.place.gpsDenied' : 'gov.place.gpsFailed'),
        );
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  return (
    <div className="place-picker">
      <Space wrap size={8} className="place-picker-bar">
        <Button icon={<AimOutlined />} onClick={useMyPosition} loading={locating} data-testid="place-gps">
          {t('gov.place.gps')}
        </Button>
        <Typography.Text type="secondary" className="small">
          {t('gov.place.hint')}
        </Typography.Text>
      </Space>
      <DistrictMap
        pin={value ?? null}
        onPick={(point) => onChange?.(point)}
        {...(markers ? { points: markers, onPointClick: pick } : {})}
        focus={components && near.items.length > 0 ? value : null}
        start={value ? null : start}
        testId="place-map"
        className={compact ? 'gov-map-compact' : 'gov-map-medium'}
      />
      <PlaceUnderPin point={value ?? null} />
      {components && value && (
        <NearComponents
          items={near.items}
          loading={near.loading}
          error={near.error}
          chosen={chosen}
          onPick={(c) => onChange?.(placeAtComponent(c))}
          onClear={() => onChange?.(withoutComponent(value))}
        />
      )}
    </div>
  );
}

/** The areas of the pinned point, or why it cannot be used. */
export function PlaceUnderPin({ point }: { point: Point | null }) {
  const { t, errorText } = useI18n();
  const { located, error, loading } = useLocate(point);
  if (!point) {
    return (
      <div className="place-located muted" data-testid="place-located">
        <EnvironmentOutlined /> {t('gov.place.none')}
      </div>
    );
  }
  return (
    <div className="place-located" data-testid="place-located" data-state={error ? 'outside' : 'inside'}>
      {error ? (
        <Typography.Text type="danger">
          <EnvironmentOutlined />{' '}
          {error instanceof ApiError && error.code === 'outside_district'
            ? t('gov.place.outside')
            : errorText(error)}
        </Typography.Text>
      ) : located ? (
        <span>
          <EnvironmentOutlined /> <strong>{located.street.name}</strong> · {located.community.name} ·{' '}
          <span data-testid="place-grid">{located.grid.name}</span>
        </span>
      ) : loading ? (
        t('common.loading')
      ) : null}
      <span className="mono small muted place-coords">
        {point.lng.toFixed(5)}, {point.lat.toFixed(5)}
      </span>
    </div>
  );
}
