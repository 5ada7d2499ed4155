// Turns the plain texts of the seed data into the shapes Strapi stores.
import { toBlocks } from '../content/blocks';
import type { BilingualList, BilingualParagraphs } from './types';

export type Language = 'ru' | 'en';

export function blocksIn(language: Language, paragraphs: BilingualParagraphs | undefined) {
  return paragraphs ? toBlocks(paragraphs[language]) : undefined;
}

/** Problems and needs are stored one item per line (the editor's field description says so). */
export function linesIn(language: Language, list: BilingualList): string {
  return list[language].join('\n');
}

/** The seed texts were written on this day; dates move with the calendar in whole weeks. */
const writtenOn = Date.parse('2026-11-27T00:00:00+03:00');
const week = 7 * 24 * 60 * 60 * 1000;

export function calendarShift(now: Date): number {
  return Math.floor((now.getTime() - writtenOn) / week) * week;
}

export function shiftDateTime(iso: string, shift: number): string {
  return new Date(Date.parse(iso) + shift).toISOString();
}

export function shiftDate(day: string, shift: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + shift).toISOString().slice(0, 10);
}
