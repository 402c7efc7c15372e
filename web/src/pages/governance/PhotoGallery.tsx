import { Empty, Image, Typography } from 'antd';
import type { EventPhoto, PhotoStage } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';

const STAGES: readonly PhotoStage[] = ['report', 'confirm', 'disposal', 'check'];

/** Shown for a photo the browser cannot draw: a grey frame with a crossed picture. */
const BROKEN =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="#f0f2f5"/><path d="M28 34h40v28H28z" fill="none" stroke="#bfbfbf" stroke-width="2"/><path d="M26 70 70 26" stroke="#bfbfbf" stroke-width="2"/></svg>',
  );

/** The event's photos by stage (上报, 核实, 处置, 核查), each opening large; nothing about a server without photos. */
export function PhotoGallery({ photos }: { photos: EventPhoto[] | undefined }) {
  const { t, label, formatDateTime } = useI18n();
  if (photos === undefined) {
    return <Typography.Text type="secondary">{t('gov.photo.unavailable')}</Typography.Text>;
  }
  if (photos.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('gov.photo.none')} />;
  }
  return (
    <div className="photo-gallery" data-testid="photo-gallery">
      {STAGES.map((stage) => {
        const ofStage = photos.filter((p) => p.stage === stage);
        if (ofStage.length === 0) return null;
        return (
          <div key={stage} className="photo-stage" data-testid={`photos-${stage}`}>
            <div className="muted small">{label('photoStage', stage)}</div>
            <Image.PreviewGroup>
              {ofStage.map((photo) => (
                <Image
                  key={photo.id}
                  src={photo.url}
                  width={96}
                  height={96}
                  className="photo-gallery-image"
                  alt={`${label('photoStage', stage)} ${formatDateTime(photo.uploadedAt)}`}
                  fallback={BROKEN}
                />
              ))}
            </Image.PreviewGroup>
          </div>
        );
      })}
    </div>
  );
}
