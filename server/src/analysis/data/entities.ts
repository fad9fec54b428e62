// Names that are not companies (places, products) and the first names that mark people.
// Kept as data so a mistaken company is fixed by adding a word, not by changing code.

/** Places: never companies; they narrow a fact ("370 Stellen in Luxemburg"). */
export const PLACES: ReadonlySet<string> = new Set([
  'Seattle', 'Luxemburg', 'Luxembourg', 'Indiana', 'Europa', 'Europe', 'USA', 'US', 'Deutschland',
  'Germany', 'China', 'Japan', 'Indien', 'India', 'Frankreich', 'France', 'Großbritannien', 'Britain',
  'London', 'Berlin', 'München', 'Munich', 'Frankfurt', 'Hamburg', 'New York', 'Kalifornien', 'California',
  'Texas', 'Virginia', 'Ohio', 'Irland', 'Ireland', 'Dublin', 'Paris', 'Zürich', 'Wien', 'Tokio', 'Tokyo',
  'Peking', 'Beijing', 'Shanghai', 'Singapur', 'Singapore', 'Nahen Osten', 'Nahost', 'Middle East',
  'Silicon Valley', 'Wolfsburg', 'Stuttgart', 'Walldorf', 'Redmond', 'Cupertino', 'Austin', 'Polen', 'Spanien',
]);

/** Products and projects: never companies. */
export const PRODUCTS: ReadonlySet<string> = new Set([
  'ChatGPT', 'Trainium', 'Inferentia', 'Azure', 'Gemini', 'Claude', 'Copilot', 'Alexa', 'Kindle', 'Prime',
  'iPhone', 'Windows', 'Office', 'Android', 'Project Rainier', 'Rainier', 'Blackwell', 'GPT-5', 'Llama',
]);

/** Capitalized words that look like names but are ordinary German nouns or sentence starts. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'Konzern', 'Unternehmen', 'Firma', 'Konzerns', 'Tech', 'Personal', 'Vorstand', 'Finanz', 'Konzernchef',
  'Der', 'Die', 'Das', 'Ein', 'Eine', 'The', 'A', 'Bank', 'Börse', 'Aktie', 'Markt',
]);

/** First names that start a person's name when a capitalized word follows ("Andy Jassy"). */
export const FIRST_NAMES: ReadonlySet<string> = new Set([
  'Andy', 'Sam', 'Beth', 'Pascal', 'Jeff', 'Satya', 'Jensen', 'Sundar', 'Tim', 'Elon', 'Mark', 'Dario',
  'Masayoshi', 'Lisa', 'Sarah', 'Brian', 'Matt', 'Greg', 'Mira', 'Ilya', 'Daniela', 'Marc', 'Peter',
  'Thomas', 'Michael', 'Christian', 'Oliver', 'Roland', 'Ola', 'Oliver', 'Herbert', 'Christian', 'Stefan',
  'Martin', 'Markus', 'Andreas', 'Frank', 'Klaus', 'Jürgen', 'Wolfgang', 'Anna', 'Julia', 'Laura', 'Maria',
  'Sabine', 'Claudia', 'Jamie', 'David', 'John', 'James', 'Robert', 'William', 'Richard', 'Joseph',
  'Charles', 'Daniel', 'Paul', 'Steven', 'Kevin', 'Jason', 'Emily', 'Jennifer', 'Susan', 'Karen', 'Nancy',
  'Jane', 'Catherine', 'Olaf', 'Friedrich', 'Christine', 'Janet', 'Jerome', 'Warren', 'Larry', 'Sergey',
  'Bill', 'Steve', 'Reed', 'Ted', 'Doug', 'Carsten', 'Carl', 'Anne', 'Eva', 'Lena', 'Tobias', 'Jan', 'Jens',
]);

/** Legal-form suffixes that mark an unknown capitalized name as a company ("Muster AG"). */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'AG', 'SE', 'GmbH', 'KGaA', 'Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'plc', 'PLC', 'Ltd.', 'Ltd',
  'LLC', 'N.V.', 'S.A.', 'SA', 'Holding', 'Holdings', 'Group',
]);

/** Words after a hyphen that mark the part before as a company ("Siemens-Chef", "Amazon-Aktie"). */
export const COMPANY_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'Chef', 'Chefin', 'CEO', 'Aktie', 'Aktien', 'Konzern', 'Konzerns', 'Vorstand', 'Vorstandschef', 'Gründer',
  'Aktionäre',
]);
