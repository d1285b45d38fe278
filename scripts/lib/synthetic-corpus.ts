/**
 * A deterministic corpus of N pages shaped like the seed: Microsoft Docs
 * front matter, headings, and two role tables of 8–15 rows with varied
 * words, `<br>` paragraphs and `<br>- ` lists. Pages sit in folders of 50.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const WORDS = (
  'device policy update security identity network printer support incident tenant mailbox ' +
  'procurement deployment compliance monitoring license group proxy firewall endpoint driver ' +
  'firmware backup recovery audit report change request escalation contact portal service ' +
  'configuration onboarding retirement inventory warranty encryption certificate token ' +
  'application package rollout pilot ring feedback telemetry alert response operator'
).split(' ');

/** A small, seeded pseudo-random generator (mulberry32), so every run writes the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function page(index: number): string {
  const next = random(index + 1);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)];
  const phrase = (n: number) => Array.from({ length: n }, pick).join(' ');
  const sentence = () => {
    const text = phrase(8 + Math.floor(next() * 10));
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const description = () => {
    const parts = [sentence() + ' ' + sentence()];
    if (next() < 0.3) parts.push(`<br>- ${phrase(3)}<br>- ${phrase(4)}`);
    if (next() < 0.3) parts.push(`<br><br>${sentence()}`);
    return parts.join('');
  };
  const table = (owner: string) => {
    const rows = 8 + Math.floor(next() * 8);
    const names = new Set<string>();
    while (names.size < rows) names.add(`${owner} ${phrase(2)} ${names.size + 1}`);
    return ['Role or responsibility | Description', '--- | ---', ...[...names].map((n) => `${n} | ${description()}`)].join('\n');
  };
  return `---
title: Service ${index} roles and responsibilities
description: Who does what for service ${index}.
keywords: service ${index}, ${phrase(2)}
ms.service: bench
author: bench
ms.date: ${String(1 + (index % 12)).padStart(2, '0')}/${String(1 + (index % 28)).padStart(2, '0')}/2018
---

# Service ${index} roles and responsibilities

<!-- generated for the benchmark -->

${sentence()} ${sentence()}

## Microsoft's roles and responsibilities

${sentence()}

${table('Microsoft')}

## Your roles and responsibilities

${sentence()}

> [!NOTE]
> ${sentence()}

${table('Customer')}
`;
}

export async function writeSyntheticCorpus(dir: string, count: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `section-${String(Math.floor(i / 50)).padStart(3, '0')}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `service-${String(i).padStart(4, '0')}.md`), page(i));
  }
}
