import 'react';

declare module 'react' {
  interface CSSProperties {
    '--fill'?: string;
    '--accent'?: string;
  }
}
