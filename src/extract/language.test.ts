import { describe, expect, it } from 'vitest';
import { detectLanguage, normaliseLanguageTag, resolveLanguage } from './language.js';

// Invented sentences, long enough for detection.
const SAMPLES: Array<[code: string, text: string]> = [
  ['en', 'The council of the harbour town approved a plan on Monday to rebuild the sea wall before the winter storms arrive.'],
  ['fr', 'Le conseil municipal a approuvé lundi un projet de reconstruction de la digue avant les tempêtes de l’hiver.'],
  ['de', 'Der Stadtrat hat am Montag beschlossen, die Hafenmauer noch vor den Winterstürmen neu zu bauen.'],
  ['es', 'El ayuntamiento aprobó el lunes un plan para reconstruir el muro del puerto antes de las tormentas del invierno.'],
  ['it', 'Il consiglio comunale ha approvato lunedì un piano per ricostruire il muro del porto prima delle tempeste invernali.'],
  ['pt', 'A câmara municipal aprovou na segunda-feira um plano para reconstruir o muro do porto antes das tempestades de inverno.'],
  ['ru', 'Городской совет в понедельник одобрил план восстановления портовой стены до начала зимних штормов.'],
  ['ar', 'وافق المجلس البلدي يوم الاثنين على خطة لإعادة بناء جدار الميناء قبل وصول عواصف الشتاء.'],
];

describe('detectLanguage', () => {
  it.each(SAMPLES)('detects %s', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it.each(['', 'hello', 'Putin', '12 345 678', 'OK, thanks'])('says "und" for %j, too short to tell', (text) => {
    expect(detectLanguage(text)).toBe('und');
  });
});

describe('normaliseLanguageTag', () => {
  it.each([
    ['en-US', 'en'],
    ['EN', 'en'],
    ['pt_BR', 'pt'],
    ['iw', 'he'],
    ['eng', 'en'],
    [' fr ', 'fr'],
  ])('%j -> %s', (tag, code) => {
    expect(normaliseLanguageTag(tag)).toBe(code);
  });

  it.each([null, '', 'xx', 'und', 'mul', 'english', '12'])('rejects %j', (tag) => {
    expect(normaliseLanguageTag(tag)).toBeNull();
  });
});

describe('resolveLanguage', () => {
  it('lets a valid declared language win over the text', () => {
    expect(resolveLanguage('de', SAMPLES[0][1])).toBe('de');
  });

  it('detects when the declaration is missing or invalid', () => {
    expect(resolveLanguage(null, SAMPLES[1][1])).toBe('fr');
    expect(resolveLanguage('xx', SAMPLES[2][1])).toBe('de');
  });
});
