import '../test/setup';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderApp, session } from '../test/mock-api';
import { en } from './en';
import { es } from './es';
import { formatDate, formatMoney } from './format';

describe('language', () => {
  it('toggles to Spanish, remembers the choice and sets the page language', async () => {
    mockApi({ 'GET /api/auth/session': session(), 'GET /api/worklist': { body: { tasks: [], clocks: [] } } });
    const first = renderApp('/worklist');
    expect(await screen.findByRole('heading', { level: 1, name: 'My worklist' })).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Español' });
    expect(toggle).toHaveAttribute('lang', 'es');
    await userEvent.click(toggle);

    expect(screen.getByRole('heading', { level: 1, name: 'Mi lista de trabajo' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Saltar al contenido principal' })).toBeInTheDocument();
    expect(screen.getByText('No hay tareas abiertas.')).toBeInTheDocument();
    expect(localStorage.getItem('hearth.lang')).toBe('es');
    expect(document.documentElement.lang).toBe('es');

    first.unmount();
    renderApp('/worklist');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mi lista de trabajo' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'My worklist' })).toBeInTheDocument();
    expect(localStorage.getItem('hearth.lang')).toBe('en');
  });

  it('has the same keys in both dictionaries, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(es)) expect(v, k).not.toBe('');
  });

  it('formats dates and cents per locale without shifting the day', () => {
    expect(formatDate('en', '2025-01-01')).toBe('Jan 1, 2025');
    expect(formatDate('es', '2025-01-01')).toMatch(/^1 ene 2025$/);
    expect(formatMoney('en', 123456)).toBe('$1,234.56');
    expect(formatMoney('es', 123456)).toMatch(/1,234\.56/);
    expect(formatMoney('en', -5)).toBe('-$0.05');
  });
});
