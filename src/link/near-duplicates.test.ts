import { beforeAll, describe, expect, it } from 'vitest';
import { loadHasher, signature, similarity } from './minhash.js';
import { NearDuplicates } from './near-duplicates.js';

const WIRE = [
  'Firefighters in the hill town of Castelmora spent the night battling a blaze that destroyed a timber yard and forced the evacuation of about 300 residents, the regional fire service said on Sunday.',
  'The fire broke out shortly after 10 pm on Saturday in a storage shed and spread to stacks of seasoned oak, sending flames more than twenty metres into the air, according to witnesses.',
  'No one was hurt, but two firefighters were treated for smoke inhalation. The cause of the fire is under investigation and police have not ruled out arson.',
  'Residents were allowed to return to their homes on Sunday morning after crews brought the fire under control. The mayor, Lucia Ferrante, thanked volunteers who had opened the town hall to evacuees overnight.',
].join('\n\n');

const TRIMMED = WIRE.split('\n\n').slice(0, 3).join('\n\n');
const EXTENDED = `${WIRE}\n\nThe timber yard, founded in 1921, employed eleven people and supplied flooring to workshops across the province.`;
const OTHER = [
  'The city council of Brenhaven approved a new cycle lane network on Tuesday after a debate that lasted more than five hours and drew dozens of residents to the public gallery.',
  'The plan adds 28 kilometres of protected lanes over four years and removes about 600 parking spaces from the city centre, a point that opponents said would hurt small shops.',
  'Supporters said the network would make the city safer for children cycling to school, and pointed to falling accident numbers in towns that had built similar routes.',
].join('\n\n');

beforeAll(loadHasher);

describe('MinHash', () => {
  it('estimates high similarity for a trimmed copy and low for a different story', () => {
    const wire = signature(WIRE)!;
    expect(similarity(wire, signature(TRIMMED)!)).toBeGreaterThan(0.6);
    expect(similarity(wire, signature(OTHER)!)).toBeLessThan(0.1);
  });

  it('gives the same signature for the same text, and none for a text too short', () => {
    expect(signature(WIRE)).toEqual(signature(WIRE));
    expect(signature('Four words only here')).toBeNull();
  });
});

describe('NearDuplicates', () => {
  it('groups a wire story with its trimmed and extended copies, and keeps a different story apart', () => {
    const index = new NearDuplicates();
    for (const text of [WIRE, OTHER, TRIMMED, EXTENDED]) index.add(text);
    expect(index.groups()).toEqual([[0, 2, 3]]);
  });

  it('joins a later copy to an existing group without reclustering', () => {
    const index = new NearDuplicates();
    index.add(WIRE);
    index.add(OTHER);
    expect(index.groups()).toEqual([]);
    index.add(EXTENDED);
    expect(index.groups()).toEqual([[0, 2]]);
  });
});
