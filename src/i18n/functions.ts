/**
 * Worksheet functions (KW.*): their names, argument names and error messages. Names feed the English
 * metadata (functions.en.json) too; the help texts Excel shows are in ./functionHelp.ts (build only).
 */
export const functionsNl = {
  'fn.name.KLANTSCORE': 'KLANTSCORE',
  'fn.name.KLANTSCOREPCT': 'KLANTSCOREPCT',
  'fn.name.KLANTKLASSE': 'KLANTKLASSE',
  'fn.name.ABCKLASSE': 'ABCKLASSE',
  'fn.name.RANGKLASSE': 'RANGKLASSE',
  'fn.name.PIRAMIDELAAG': 'PIRAMIDELAAG',
  'fn.name.OMZETAANDEEL': 'OMZETAANDEEL',
  'fn.name.KLANTTYPE': 'KLANTTYPE',

  'fn.param.scores': 'scores',
  'fn.param.gewichten': 'gewichten',
  'fn.param.schaalmax': 'schaalmax',
  'fn.param.percentage': 'percentage',
  'fn.param.grenzen': 'grenzen',
  'fn.param.labels': 'labels',
  'fn.param.waarde': 'waarde',
  'fn.param.alle_waarden': 'alle_waarden',
  'fn.param.aandelen': 'aandelen',
  'fn.param.potentie': 'potentie',
  'fn.param.drempel_waarde': 'drempel_waarde',
  'fn.param.drempel_potentie': 'drempel_potentie',

  'fn.message': '{function}, {argument} ({where}): {reason}',
  'fn.messageWhole': '{function}, {argument}: {reason}',
  'fn.messageInternal': '{function}: interne fout ({detail}).',
  'fn.where.cell': 'rij {row}, kolom {column}',
  'fn.where.item': 'waarde {item}',
  'fn.notNumber': '"{text}" is geen getal.',
  'fn.boolean': 'WAAR/ONWAAR is geen getal.',
  'fn.inputError': 'bevat de fout {error}.',
  'fn.missing': 'de waarde ontbreekt (lege cel of n.v.t.).',
  'fn.missingScore': 'de score ontbreekt (lege cel of n.v.t.); een ontbrekende score telt niet als 0.',
  'fn.scoreOutOfRange': 'score {value} ligt buiten de schaal 0–{max}.',
  'fn.fractionOutOfRange': '{value} ligt buiten 0–1; geef een fractie (0,7) of een percentage (70%).',
  'fn.widthMismatch': 'een rij heeft {actual} scores, maar er zijn {expected} gewichten; geef per criterium één score.',
  'fn.notVector': 'geef één rij of één kolom, geen blok van {rows} bij {columns} cellen.',
  'fn.notSingle': 'geef één getal, geen bereik van {count} cellen.',
  'fn.noNumbers': 'bevat geen enkel getal.',
  'fn.notInPopulation': '{value} komt niet voor in alle_waarden.',
  'fn.shapeMismatch': 'moet even groot zijn als waarde ({expected} cellen), maar heeft er {actual}.',
  'fn.medianNeedsClients':
    'geef een drempel; zonder drempel geldt de mediaan, en die vraagt de waarden van meer dan één klant (geef de hele kolom).',
} as const;

export type FunctionTextKey = keyof typeof functionsNl;
