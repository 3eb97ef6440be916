import { createContext, useContext } from 'react';
import type { KlantwaardeSession } from '../../workbook/session';

export const SessionContext = createContext<KlantwaardeSession | undefined>(undefined);

/** The workbook behind the pane: Excel in the add-in, an in-memory sheet in the preview and tests. */
export function useSession(): KlantwaardeSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession: no session provided (wrap the pane in <App session={…}>).');
  return session;
}
