import { maliDateParts } from './mali-time';

describe('maliDateParts', () => {
  it('reads an instant on Bamako clocks (UTC+0, no daylight saving)', () => {
    expect(maliDateParts(new Date('2027-03-10T14:30:00Z'), 'fr')).toEqual({
      day: '10', month: '03', monthName: 'mars', year: '2027', hour: '14', minute: '30',
    });
    expect(maliDateParts(new Date('2027-07-01T00:05:00Z'), 'en')).toMatchObject({ day: '01', monthName: 'Jul', hour: '00', minute: '05' });
  });

  it('turns an instant given with another offset into Bamako time', () => {
    expect(maliDateParts(new Date('2027-03-10T23:30:00-02:00'), 'fr')).toMatchObject({ day: '11', hour: '01', minute: '30' });
  });
});
