import { describe, expect, it } from 'vitest';
import { splitDateline, titleCasePlace } from './dateline.js';

describe('splitDateline', () => {
  const datelines: Array<[paragraph: string, place: string, agency: string | null, rest: string]> = [
    ['MOSCOW (Sputnik) - The ministry said talks would resume.', 'Moscow', 'Sputnik', 'The ministry said talks would resume.'],
    ['GAZA CITY, Dec 22 (Reuters) - Aid trucks crossed at dawn.', 'Gaza City', 'Reuters', 'Aid trucks crossed at dawn.'],
    ['WASHINGTON (AP) — The Senate voted late on Tuesday.', 'Washington', 'AP', 'The Senate voted late on Tuesday.'],
    ['PARIS, 9 novembre (AFP) - Le gouvernement a annoncé un plan.', 'Paris', 'AFP', 'Le gouvernement a annoncé un plan.'],
    ['Ramallah, Nov 9 (WAFA) – Forces raided the camp overnight.', 'Ramallah', 'WAFA', 'Forces raided the camp overnight.'],
    ['LONDON — The prime minister faced questions.', 'London', null, 'The prime minister faced questions.'],
    ['BEIRUT: Officials said the airport was open.', 'Beirut', null, 'Officials said the airport was open.'],
    ['KYIV, Ukraine (AP) — Drones struck a power plant.', 'Kyiv', 'AP', 'Drones struck a power plant.'],
    ['RIO DE JANEIRO (Reuters) - Floods closed roads.', 'Rio de Janeiro', 'Reuters', 'Floods closed roads.'],
    ['ST. PETERSBURG, Russia — A bridge was closed.', 'St. Petersburg', null, 'A bridge was closed.'],
    ['AL-ARISH, Egypt (Reuters) - Trucks queued at the gate.', 'Al-Arish', 'Reuters', 'Trucks queued at the gate.'],
    ['BERLIN (dpa) - Die Regierung hat beschlossen.', 'Berlin', 'dpa', 'Die Regierung hat beschlossen.'],
    ['WASHINGTON, D.C. (AP) — Lawmakers met.', 'Washington', 'AP', 'Lawmakers met.'],
    ['NEW YORK, December 22 (Reuters) -- Stocks fell.', 'New York', 'Reuters', 'Stocks fell.'],
    ['UFA (Interfax) - A pipeline burst.', 'Ufa', 'Interfax', 'A pipeline burst.'],
  ];
  it.each(datelines)('%s', (paragraph, place, agency, rest) => {
    const found = splitDateline(paragraph);
    expect(found?.dateline).toEqual({ place, agency });
    expect(found?.rest).toBe(rest);
  });

  // Sentences that open with a capitalised word and a dash or colon but carry no dateline.
  const negatives = [
    'BREAKING: Parliament has been dissolved.',
    'UPDATE - The ministry revised the figure.',
    'Opinion: Why the talks failed again',
    'WATCH: The moment the bridge collapsed',
    'EXCLUSIVE — Inside the negotiations',
    "EDITOR'S NOTE: This story has been corrected.",
    'US - China talks resume next week.',
    'NATO - The alliance said it would respond.',
    'GOP: Senators block the bill again.',
    'Gaza: Ten people were killed overnight.',
    'The minister (AFP) - said nothing.',
    'President Mahmoud Abbas (L) - met the envoy.',
    'LONDON — THE QUEEN HAS DIED',
    'Moscow said on Friday that talks would resume.',
    '(Reuters) - Oil prices rose on Monday.',
    'GAZA, 2023 (Reuters) - An ordinary number is no date.',
    '',
  ];
  it.each(negatives)('no dateline in %j', (paragraph) => {
    expect(splitDateline(paragraph)).toBeNull();
  });

  it('names the rule that matched', () => {
    expect(splitDateline('LONDON — Rain fell.')?.rule).toBe('caps-place');
    expect(splitDateline('LONDON (Reuters) - Rain fell.')?.rule).toBe('place-agency');
  });
});

describe('titleCasePlace', () => {
  it.each([
    ['GAZA CITY', 'Gaza City'],
    ['RIO DE JANEIRO', 'Rio de Janeiro'],
    ['FRANKFURT AM MAIN', 'Frankfurt am Main'],
    ["N'DJAMENA", "N'Djamena"],
    ['WINSTON-SALEM', 'Winston-Salem'],
    ['LA PAZ', 'La Paz'],
  ])('%s -> %s', (caps, expected) => {
    expect(titleCasePlace(caps)).toBe(expected);
  });
});

describe('what is in parentheses', () => {
  it.each([
    ['Rostow (Russland) - Bei einem Brand starben fünf Menschen.', 'Rostow', null],
    ['Houston (KTRK) -- A local business closed its doors.', 'Houston', 'KTRK'],
    ['Berlin (dpa) - Die Regierung hat beschlossen.', 'Berlin', 'dpa'],
    ['HALDEN (Nordpress) - The talks ended.', 'Halden', 'Nordpress'],
  ])('%s', (paragraph, place, agency) => {
    expect(splitDateline(paragraph)?.dateline).toEqual({ place, agency });
  });

  it.each([
    'Halden (pictured) - the port at dawn.',
    'Gaza (file photo) - Smoke rises over the city.',
    'MIGRATION – Probleme zwischen Einheimischen und Flüchtlingen.',
  ])('no dateline in %j', (paragraph) => {
    expect(splitDateline(paragraph)).toBeNull();
  });
});
