import type { EventState, Severity } from '../../api/governance.ts';

/** Tag colours of the states (antd presets). */
export const STATE_TAG_COLOURS: Record<EventState, string> = {
  reported: 'orange',
  dispatched: 'blue',
  disposed: 'purple',
  closed: 'success',
  parked: 'default',
  rejected: 'default',
  voided: 'default',
  merged: 'default',
};

/** Point colours on the map, one per state; an overdue event is drawn red whatever its state. */
export const STATE_MAP_COLOURS: Record<EventState, string> = {
  reported: '#fa8c16',
  dispatched: '#1677ff',
  disposed: '#722ed1',
  closed: '#52c41a',
  parked: '#8c8c8c',
  rejected: '#bfbfbf',
  voided: '#bfbfbf',
  merged: '#bfbfbf',
};

export const OVERDUE_COLOUR = '#f5222d';

export const SEVERITY_TAG_COLOURS: Record<Severity, string> = {
  general: 'default',
  urgent: 'volcano',
  critical: 'red',
};
