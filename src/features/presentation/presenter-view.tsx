import { useEffect, useRef, useState } from 'react';
import type { Deck } from '../../data/decks';
import { useI18n } from '../../i18n/i18n';
import { openChannel, type PresentationChannel } from './channel';
import { clampStep } from './deck';
import { decodeDeckParam } from './deck-link';
import { stepAfter } from './keys';
import { useDeckKeys } from './use-deck-keys';

interface Shown {
  readonly deck: Deck;
  readonly index: number;
}

function fromUrl(search: string): Shown | null {
  const params = new URLSearchParams(search);
  const param = params.get('deck');
  const read = param === null ? null : decodeDeckParam(param);
  if (!read?.ok) return null;
  return { deck: read.deck, index: clampStep(read.deck.steps.length, Number(params.get('present') ?? 0)) };
}

function elapsedText(ms: number): string {
  const s = Math.floor(ms / 1000);
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * The presenter's second window (`?presenter=1`): the current step's notes, the next
 * step's title, the counter and an elapsed timer. It follows the audience window over
 * a BroadcastChannel and asks it to step; the audience window decides.
 */
export function PresenterView() {
  const { t } = useI18n();
  const [shown, setShown] = useState<Shown | null>(() => fromUrl(window.location.search));
  const [ended, setEnded] = useState(false);
  const channel = useRef<PresentationChannel | null>(null);
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);

  useEffect(() => {
    const opened = openChannel((message) => {
      if (message.type === 'state') {
        setShown({ deck: message.deck, index: message.index });
        setEnded(false);
      }
      if (message.type === 'ended') setEnded(true);
    });
    opened.post({ type: 'hello' });
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  const count = shown?.deck.steps.length ?? 0;
  const index = shown?.index ?? 0;
  const go = (next: number) => channel.current?.post({ type: 'go', index: clampStep(count, next) });
  useDeckKeys((action) => {
    if (action !== 'exit') go(stepAfter(action, index, count));
  });

  useEffect(() => {
    document.title = `${t('presenter.title')} · ${t('app.title')}`;
  }, [t]);

  if (!shown) {
    return (
      <main className="presenter">
        <p role="status">{t('presenter.waiting')}</p>
      </main>
    );
  }
  const step = shown.deck.steps[index];
  const next = shown.deck.steps[index + 1];
  return (
    <main className="presenter" data-testid="presenter">
      <header className="presenter__top">
        <h1 className="presenter__title">{step?.title}</h1>
        <p className="presenter__counter" data-testid="presenter-counter">
          {t('present.counter', { index: index + 1, count })}
        </p>
        <p className="presenter__timer" aria-label={t('presenter.elapsed')}>
          <span className="num">{elapsedText(now - started)}</span>
        </p>
      </header>
      <section className="presenter__notes" aria-label={t('presenter.notes')}>
        <h2>{t('presenter.notes')}</h2>
        <p data-testid="presenter-notes">{step?.notes || t('presenter.noNotes')}</p>
      </section>
      <footer className="presenter__bottom">
        {ended ? <p role="status">{t('presenter.ended')}</p> : null}
        <p className="presenter__next">
          {next ? t('presenter.next', { title: next.title }) : t('presenter.lastStep')}
        </p>
        <div className="presenter__actions">
          <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
            {t('present.previous')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => go(index + 1)}
            disabled={index >= count - 1}
          >
            {t('present.next')}
          </button>
        </div>
      </footer>
    </main>
  );
}
