import type { Labels } from '../../engine/explain.js';

export const CA_CHILD_SUPPORT_LABELS: Labels = {
  netDisposableIncomeA: { en: "Parent A's net disposable income", es: 'Ingreso neto disponible del progenitor A' },
  netDisposableIncomeB: { en: "Parent B's net disposable income", es: 'Ingreso neto disponible del progenitor B' },
  highEarner: { en: 'Higher earner', es: 'Progenitor de mayores ingresos' },
  highEarnerTimeShare: { en: "Higher earner's time share (H%)", es: 'Tiempo con el progenitor de mayores ingresos (H%)' },
  totalNetIncome: { en: 'Total net disposable income (TN)', es: 'Ingreso neto disponible total (TN)' },
  incomeFraction: { en: 'Income fraction', es: 'Fracción de ingresos' },
  timeshareFactor: { en: 'Time-share factor', es: 'Factor de tiempo compartido' },
  k: { en: 'K (amount of both incomes allocated to support)', es: 'K (parte de ambos ingresos asignada a la manutención)' },
  oneChildSupport: { en: 'Support for one child', es: 'Manutención para un hijo' },
  support: { en: 'Guideline support', es: 'Manutención según la guía' },
  payer: { en: 'Paying parent', es: 'Progenitor que paga' },
  allocationByChild: { en: 'Allocation by child (cents)', es: 'Asignación por hijo (centavos)' },
  lowIncomeAdjustment: { en: 'Low-income adjustment range (cents)', es: 'Rango del ajuste por bajos ingresos (centavos)' },
  interest: { en: 'Interest on unpaid installments', es: 'Intereses sobre cuotas impagas' },
  kIncomeFractionBand: { en: 'income band', es: 'tramo de ingresos' },
  multipleChildrenMultiplier: { en: 'multiplier for the number of children', es: 'multiplicador por número de hijos' },
  lowIncomeThresholdRegime: { en: 'low-income threshold rule', es: 'regla del umbral de bajos ingresos' },
  fullTimeMinimumWageMonthly: { en: 'full-time minimum wage per month', es: 'salario mínimo mensual a tiempo completo' },
  interestRate: { en: 'annual interest rate', es: 'tasa de interés anual' },
};
