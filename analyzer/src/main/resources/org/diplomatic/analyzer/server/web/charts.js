import { getJson } from './api.js';

const KINDS = ['obligation', 'intent', 'proposal', 'agreement', 'decision'];

/** Figures and commitments by year, and cooperation areas by country, drawn with ECharts (served from its WebJar). */
export class ChartsView {
  async shown() {
    if (this.drawn) { this.charts.forEach(c => c.resize()); return; }
    this.drawn = true;
    const s = await getJson('/api/stats');
    const years = Object.keys({ ...s.figures_by_year, ...s.commitments_by_year }).sort();
    this.charts = [
      draw('chart-figures', 'Figures by year · الأرقام حسب السنة', years, ['money', 'other'],
        (year, k) => s.figures_by_year[year]?.[k] || 0),
      draw('chart-commitments', 'Commitments by year · الالتزامات حسب السنة', years, KINDS,
        (year, k) => s.commitments_by_year[year]?.[k] || 0),
      draw('chart-areas', 'Areas by country (documents) · المجالات حسب الدولة', Object.keys(s.areas_by_country),
        [...new Set(Object.values(s.areas_by_country).flatMap(Object.keys))].sort(),
        (country, area) => s.areas_by_country[country]?.[area] || 0),
    ];
  }
}

function draw(id, title, categories, series, count) {
  const chart = echarts.init(document.getElementById(id));
  chart.setOption({
    title: { text: title, textStyle: { fontFamily: 'DejaVu Sans, Tahoma, Arial, sans-serif', fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { top: 24, type: 'scroll' },
    grid: { top: 70, left: 50, right: 20, bottom: 30 },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map(name => ({ name, type: 'bar', stack: 'all', data: categories.map(c => count(c, name)) })),
  });
  return chart;
}
