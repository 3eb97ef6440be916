import { whenIdle } from '../../src/taskpane/host/idle';

/** The write half is fetched when the page is idle; a webview without requestIdleCallback (Safari's) gets a delay instead. */
describe('whenIdle', () => {
  it('runs the task from requestIdleCallback, with a deadline, where the webview has it', () => {
    const task = jest.fn();
    const requestIdleCallback = jest.fn();
    const setTimeout = jest.fn();
    whenIdle(task, { requestIdleCallback, setTimeout } as unknown as Window);
    expect(setTimeout).not.toHaveBeenCalled();
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: expect.any(Number) });
    expect(task).not.toHaveBeenCalled();
    (requestIdleCallback.mock.calls[0]![0] as () => void)();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer without it', () => {
    const task = jest.fn();
    const setTimeout = jest.fn();
    whenIdle(task, { setTimeout } as unknown as Window);
    expect(setTimeout).toHaveBeenCalledWith(task, expect.any(Number));
    expect(task).not.toHaveBeenCalled();
  });
});
