import { describe, expect, it } from 'vitest';
import { canEdit, canOpen, isStaff } from './access.ts';

describe('area access', () => {
  it('keeps staff administration to administrators', () => {
    expect(canOpen(['administrator'], 'adminStaff')).toBe(true);
    expect(canOpen(['grid_worker'], 'adminStaff')).toBe(false);
    expect(canOpen(['supervisor'], 'adminStaff')).toBe(false);
  });

  it('opens the map to every staff role and to no citizen', () => {
    expect(canOpen(['inspector'], 'map')).toBe(true);
    expect(canOpen(['citizen'], 'map')).toBe(false);
    expect(canOpen(['enterprise_agent'], 'map')).toBe(false);
  });

  it('keeps the item catalogue screens to administrators, as its API does', () => {
    expect(canOpen(['administrator'], 'catalogue')).toBe(true);
    expect(canOpen(['administrator'], 'catalogueItem')).toBe(true);
    expect(canOpen(['window_clerk'], 'catalogue')).toBe(false);
    expect(canOpen(['supervisor'], 'catalogueItem')).toBe(false);
  });

  it('lets any one role suffice', () => {
    expect(canOpen(['grid_worker', 'supervisor'], 'audit')).toBe(true);
    expect(canOpen(['grid_worker'], 'audit')).toBe(false);
    expect(canOpen(['supervisor'], 'audit')).toBe(true);
  });

  it('gives each one-window screen to its own role', () => {
    expect(canOpen(['window_clerk'], 'serviceWindow')).toBe(true);
    expect(canOpen(['window_clerk'], 'serviceQueue')).toBe(false);
    expect(canOpen(['department_approver'], 'serviceQueue')).toBe(true);
    expect(canOpen(['department_approver'], 'serviceWindow')).toBe(false);
    expect(canOpen(['supervisor'], 'serviceSupervision')).toBe(true);
    expect(canOpen(['administrator'], 'serviceSupervision')).toBe(true);
    expect(canOpen(['window_clerk'], 'serviceSupervision')).toBe(false);
  });

  it('opens 差评整改 to the departments that rectify and to supervisors, not to the window', () => {
    expect(canOpen(['department_approver'], 'serviceRectifications')).toBe(true);
    expect(canOpen(['supervisor'], 'serviceRectifications')).toBe(true);
    expect(canOpen(['administrator'], 'serviceRectifications')).toBe(true);
    expect(canOpen(['window_clerk'], 'serviceRectifications')).toBe(false);
    expect(canOpen(['citizen'], 'serviceRectifications')).toBe(false);
  });

  it('shows service guides to everyone signed in, and case pages to staff only', () => {
    expect(canOpen(['citizen'], 'guide')).toBe(true);
    expect(canOpen(['grid_worker'], 'guide')).toBe(true);
    expect(canOpen(['citizen'], 'serviceCase')).toBe(false);
    expect(canOpen(['department_approver'], 'serviceCase')).toBe(true);
  });

  it('gives each city-governance screen to its own roles, and reporting to the public', () => {
    expect(canOpen(['command_operator'], 'govCommand')).toBe(true);
    expect(canOpen(['supervisor'], 'govCommand')).toBe(true);
    expect(canOpen(['grid_worker'], 'govCommand')).toBe(false);
    expect(canOpen(['command_operator'], 'govHotline')).toBe(true);
    expect(canOpen(['supervisor'], 'govHotline')).toBe(false);
    expect(canOpen(['command_operator'], 'govImport')).toBe(true);
    expect(canOpen(['administrator'], 'govImport')).toBe(true);
    expect(canOpen(['supervisor'], 'govImport')).toBe(false);
    expect(canOpen(['grid_worker'], 'govImport')).toBe(false);
    expect(canOpen(['department_handler'], 'govQueue')).toBe(true);
    expect(canOpen(['grid_worker'], 'govPatrol')).toBe(true);
    expect(canOpen(['department_handler'], 'govPatrol')).toBe(false);
    expect(canOpen(['grid_worker'], 'govEvent')).toBe(true);
    expect(canOpen(['citizen'], 'govEvent')).toBe(false);
    expect(canOpen(['citizen'], 'myReport')).toBe(true);
    expect(canOpen(['window_clerk'], 'myReports')).toBe(false);
  });

  it('shows the indicators to those who steer the work, and no one else', () => {
    for (const role of ['supervisor', 'command_operator', 'administrator', 'data_officer'])
      expect(canOpen([role], 'govIndicators'), role).toBe(true);
    expect(canOpen(['grid_worker'], 'govIndicators')).toBe(false);
    expect(canOpen(['department_handler'], 'govIndicators')).toBe(false);
    expect(canOpen(['citizen'], 'govIndicators')).toBe(false);
  });

  it('lets administrators edit the responsibility list and the taxonomy, and the centre read the list', () => {
    expect(canOpen(['administrator'], 'govRules')).toBe(true);
    expect(canEdit(['administrator'], 'govRules')).toBe(true);
    expect(canOpen(['command_operator'], 'govRules')).toBe(true);
    expect(canEdit(['command_operator'], 'govRules')).toBe(false);
    expect(canOpen(['supervisor'], 'govRules')).toBe(true);
    expect(canEdit(['supervisor'], 'govRules')).toBe(false);
    expect(canOpen(['grid_worker'], 'govRules')).toBe(false);
    expect(canOpen(['administrator'], 'govTaxonomy')).toBe(true);
    expect(canOpen(['command_operator'], 'govTaxonomy')).toBe(false);
    expect(canOpen(['data_officer'], 'govTaxonomy')).toBe(false);
  });

  it('tells staff from the public', () => {
    expect(isStaff(['citizen'])).toBe(false);
    expect(isStaff(['citizen', 'window_clerk'])).toBe(true);
  });
});
