// Company and person recognition: table names, aliases, compounds, genitives, context, and non-companies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { companyTableFor, extractCompaniesAndPeople } from '../../server/src/analysis/extract/companies';
import { parseCompanyTable } from '../../server/src/analysis';

function found(text: string, extra?: Parameters<typeof companyTableFor>[0]): string[] {
  const { companies, people } = extractCompaniesAndPeople(text, companyTableFor(extra), []);
  return [...companies.map((c) => `company ${c.text} → ${c.name}`), ...people.map((p) => `person ${p.text}`)];
}

test('compounds and genitives count: Amazon-Aktie, OpenAI-Chef, Amazon-CEO, Amazons', () => {
  assert.deepEqual(found('Die Amazon-Aktie, OpenAI-Chef Sam Altman, Amazon-CEO Andy Jassy und Amazons Chips.'), [
    'company Amazon → Amazon', 'company OpenAI → OpenAI', 'company Amazon → Amazon', 'company Amazons → Amazon',
    'person Sam Altman', 'person Andy Jassy',
  ]);
});

test('aliases resolve to one canonical name', () => {
  assert.deepEqual(found('Amazon Web Services (AWS), SoftBank Group und der ChatGPT-Macher OpenAI.'), [
    'company Amazon Web Services → AWS', 'company AWS → AWS', 'company SoftBank Group → SoftBank',
    'company ChatGPT-Macher → OpenAI', 'company OpenAI → OpenAI',
  ]);
});

test('brokers, banks and outlets are organizations', () => {
  assert.deepEqual(found('RBC Capital Markets und JPMorgan; laut Reuters und CNBC.'), [
    'company RBC Capital Markets → RBC Capital Markets', 'company JPMorgan → JPMorgan', 'company Reuters → Reuters', 'company CNBC → CNBC',
  ]);
});

test('places, people and products are not companies', () => {
  assert.deepEqual(found('In Seattle, Luxemburg und Indiana nutzt Andy Jassy Trainium und ChatGPT.'), ['person Andy Jassy']);
});

test('an ambiguous name needs a company context: "die Allianz mit OpenAI" is an alliance', () => {
  assert.deepEqual(found('die potenzielle Allianz mit OpenAI, aber die Allianz-Aktie stieg'), [
    'company OpenAI → OpenAI', 'company Allianz → Allianz',
  ]);
});

test('unknown companies from context: legal suffixes, "der Konzern X", "X-Chef"', () => {
  assert.deepEqual(found('Die Muster Robotics AG wächst. Muster Robotics plant mehr. Der Konzern Kraxler baut ab, sagt Zorbo-Chef Meier.'), [
    'company Muster Robotics AG → Muster Robotics', 'company Muster Robotics → Muster Robotics',
    'company Kraxler → Kraxler', 'company Zorbo → Zorbo',
  ]);
});

test('glued navigation text still yields names', () => {
  assert.deepEqual(found('StartseitevorwärtsAktienvorwärtsAmazon Aktie. Verfasst vonRedakteurPascal Grunow'), [
    'company Amazon → Amazon', 'person Pascal Grunow',
  ]);
});

test('the user table extends the built-in one', () => {
  const { rows, problems } = parseCompanyTable('{"companies":[{"name":"Zeta Bank","aliases":["Zeta"],"kind":"bank"},{"name":""},{"name":"X","kind":"galaxy"}]}');
  assert.deepEqual(rows, [{ name: 'Zeta Bank', aliases: ['Zeta'], kind: 'bank' }]);
  assert.deepEqual(problems, ['companies[1]: "name" must be a non-empty string', 'companies[2] (X): "kind" must be one of company, broker, bank, media, exchange']);
  assert.deepEqual(found('Zeta hebt das Kursziel.', rows), ['company Zeta → Zeta Bank']);
});

test('a broken user table is a problem, not a crash', () => {
  assert.deepEqual(parseCompanyTable('{oops').problems.length, 1);
  assert.deepEqual(parseCompanyTable('{"x":1}'), { rows: [], problems: ['expected an object with a "companies" array'] });
});
