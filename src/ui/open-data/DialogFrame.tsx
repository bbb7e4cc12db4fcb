import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import './dialog.css';

interface Props {
  title: string;
  /** One line under the title that screen readers read with it. */
  description?: ReactNode;
  onClose(): void;
  children: ReactNode;
  testId?: string;
  /** Where focus goes when the dialog closes: the control that opened it. */
  returnTo?: HTMLElement | null;
}

/**
 * The frame every open-data dialog shares: Radix Dialog keeps focus inside, closes on Escape
 * and on the × button, labels the dialog by its title and gives focus back where it came from.
 */
export function DialogFrame({ title, description, onClose, children, testId, returnTo }: Props) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          data-testid={testId}
          {...(description ? {} : { 'aria-describedby': undefined })}
          // Focus the dialog itself, so a screen reader reads its title first and Tab starts at
          // its first control (Radix would focus the × button).
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            (e.currentTarget as HTMLElement).focus();
          }}
          // Radix returns focus to what had it when the dialog mounted, which after a native
          // file picker may be the page itself; the opener is known here.
          onCloseAutoFocus={(e) => {
            if (!returnTo?.isConnected) return;
            e.preventDefault();
            returnTo.focus();
          }}
        >
          <div className="dialog-head">
            <Dialog.Title className="dialog-title">{title}</Dialog.Title>
            <Dialog.Close className="dialog-x" aria-label="Close">
              ×
            </Dialog.Close>
          </div>
          {description && <Dialog.Description className="dialog-description">{description}</Dialog.Description>}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
