export { Section, SectionHeadingContext } from './Section';
export type { SectionProps } from './Section';
