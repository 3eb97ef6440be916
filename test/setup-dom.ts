// Adds the DOM matchers (toBeInTheDocument, toHaveTextContent, ...) for tests that opt into jsdom.
// Importing it is harmless in the default node environment: the matchers only touch the DOM when called.
import '@testing-library/jest-dom';
