export { ClientList } from './ClientList';
export type { ClientListProps } from './ClientList';
