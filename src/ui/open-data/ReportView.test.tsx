// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportView } from './ReportView';
import { REPORT } from './test-support';

afterEach(cleanup);

describe('ReportView', () => {
  it('counts records, lists each by row and field under its reason, and downloads them as CSV', async () => {
    render(<ReportView report={REPORT} />);
    expect(screen.getByTestId('report-loaded').textContent).toBe('10 events loaded');
    expect(screen.getByTestId('report-set-aside').textContent).toBe('3 records were set aside.');
    const groups = screen.getAllByTestId('report-group');
    expect(groups.map((g) => g.querySelector('summary')!.textContent)).toEqual(['date is not a date 2 records', 'latitude is missing 1 record']);
    expect(groups[0]!.querySelectorAll('li')[0]!.textContent).toBe(' row 4 when: date “=1+2” is not a date');
    expect(screen.getByText(/Quotes are given by the data set/)).toBeTruthy();

    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:report'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('mine-set-aside.csv');
    });
    screen.getByTestId('report-download').click();
    expect(click).toHaveBeenCalledTimes(1);
    const text = await blobs[0]!.text();
    expect(text.replace(/^\ufeff/, '').split('\r\n')).toHaveLength(4);
  });

  it('says so when nothing was set aside, and offers no download', () => {
    render(<ReportView report={{ ...REPORT, setAside: 0, groups: [], notes: [] }} />);
    expect(screen.getByTestId('report-set-aside').textContent).toBe('Nothing was set aside.');
    expect(screen.queryByTestId('report-download')).toBeNull();
  });
});
