import { Button, type ButtonProps, Tooltip } from 'antd';

interface IconButtonProps extends Pick<ButtonProps, 'icon' | 'onClick' | 'disabled' | 'danger'> {
  /** Shown on hover and read by screen readers: the icon alone says too little. */
  label: string;
  testId: string;
}

/** A small icon-only button of a table row (move, add, delete). */
export function IconButton({ label, testId, ...button }: IconButtonProps) {
  return (
    <Tooltip title={label}>
      <Button size="small" type="text" {...button} aria-label={label} data-testid={testId} />
    </Tooltip>
  );
}
