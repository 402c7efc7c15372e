import { Form } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { PlacePicker } from './PlacePicker.tsx';

interface ReportPlaceFieldProps {
  /** Phones: a shorter map. */
  compact?: boolean;
  /** Staff: the components near the pin, to pick the one the problem is on (部件). */
  components?: boolean;
  /** Off where the form takes an address instead (the hotline). */
  required?: boolean;
  extra?: ReactNode;
  /** The area the map opens on (a grid worker's own grid). */
  homeArea?: string;
}

/** 问题位置, the `place` field of a report form: a pin on the district map or the phone's position. */
export function ReportPlaceField({
  compact = false,
  components = false,
  required = true,
  extra,
  homeArea,
}: ReportPlaceFieldProps) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="place"
      label={t('gov.report.place')}
      rules={required ? [{ required: true, message: t('gov.report.placeRequired') }] : []}
      extra={extra}
    >
      <PlacePicker compact={compact} components={components} {...(homeArea ? { homeArea } : {})} />
    </Form.Item>
  );
}
