// The demo page: pick places on the body map, optionally describe the pain, look up, read red flags first,
// then pick a muscle to see its trigger points, referral zones and self-care on the map.
import { api } from './api.js';
import { BodyMap } from './map.js';

const $ = (selector) => document.querySelector(selector);
const areas = new Map(); // "region|side" -> {region, side, name}
let map;

function element(name, text, attributes = {}) {
  const node = document.createElement(name);
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
  return node;
}

function showView(view, part = map.part) {
  map.show(view, part);
  document.querySelectorAll('.views button[data-view]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.view === view));
  });
  document.querySelectorAll('.parts button').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.part === map.part));
  });
}

function renderSelected() {
  const list = $('#selected');
  list.replaceChildren();
  if (areas.size === 0) {
    list.appendChild(element('li', 'None yet.', { class: 'empty' }));
    return;
  }
  for (const [key, area] of areas) {
    const item = element('li', area.name + ' ');
    const remove = element('button', '×', { type: 'button', 'aria-label': `Remove ${area.name}` });
    remove.addEventListener('click', () => {
      areas.delete(key);
      map.setSelected(area.region, area.side, false);
      renderSelected();
    });
    item.appendChild(remove);
    list.appendChild(item);
  }
}

function onToggle({ region, side, name, selected }) {
  const key = `${region}|${side || ''}`;
  if (selected) {
    areas.set(key, { region, side, name });
  } else {
    areas.delete(key);
  }
  renderSelected();
}

const URGENCY = { emergency: 'Emergency', urgent: 'Urgent', 'routine-referral': 'See a doctor' };

function renderRedFlags(flags) {
  const box = $('#red-flags');
  box.replaceChildren();
  box.className = '';
  if (flags.length === 0) {
    return;
  }
  box.className = `banner ${flags[0].urgency}`;
  box.appendChild(element('h3', 'Please get medical advice first'));
  for (const flag of flags) {
    const item = element('div', null, { class: 'flag' });
    item.appendChild(element('strong', `${URGENCY[flag.urgency] || flag.urgency}: `));
    item.appendChild(document.createTextNode(flag.message));
    if (flag.because && flag.because.length) {
      item.appendChild(element('p', `Because: ${flag.because.join('; ')}.`, { class: 'because' }));
    }
    box.appendChild(item);
  }
}

function renderCandidates(candidates) {
  const list = $('#candidates');
  list.replaceChildren();
  for (const candidate of candidates) {
    const item = element('li');
    const button = element('button', candidate.name, { type: 'button', class: 'candidate', 'data-muscle': candidate.muscle });
    const explains = candidate.factors
      ? ` explains ${candidate.factors.areasExplained} of ${candidate.factors.areasAsked} places` : '';
    item.appendChild(button);
    if (explains) {
      item.appendChild(element('span', explains, { class: 'explains' }));
    }
    button.addEventListener('click', () => showMuscle(candidate.muscle));
    list.appendChild(item);
  }
}

async function lookup(event) {
  event.preventDefault();
  const text = $('#text').value.trim();
  const request = { painAreas: [...areas.values()].map(({ region, side }) => (side ? { region, side } : { region })) };
  if (text) {
    request.text = text;
  }
  const results = $('#results');
  results.hidden = false;
  $('#status').textContent = 'Looking up…';
  try {
    const answer = await api.lookup(request);
    renderRedFlags(answer.redFlags || []);
    $('#safety').textContent = answer.redFlags && answer.redFlags.length ? '' : (answer.disclaimer || '');
    renderCandidates(answer.candidates || []);
    $('#status').textContent = answer.candidates && answer.candidates.length
      ? `${answer.candidates.length} muscles may explain it. Choose one to see it on the map.`
      : 'No muscle matched; try another place or other words.';
    $('#results-heading').focus();
  } catch (error) {
    renderRedFlags([]);
    renderCandidates([]);
    $('#status').textContent = `The lookup failed: ${error.message}`;
  }
}

/** The person's side to draw on: the side of the first place picked, or both. */
function chosenSides() {
  const sides = [...areas.values()].map((area) => area.side).filter((side) => side === 'left' || side === 'right');
  return sides.length ? [...new Set(sides)] : ['left', 'right'];
}

function zoneSides(zoneSide, pointSide) {
  if (zoneSide === 'both') {
    return ['left', 'right'];
  }
  if (zoneSide === 'opposite') {
    return [pointSide === 'left' ? 'right' : 'left'];
  }
  return [pointSide];
}

async function showMuscle(id) {
  const muscle = await api.muscle(id);
  document.querySelectorAll('.candidate').forEach((b) => b.setAttribute('aria-current', String(b.dataset.muscle === id)));
  const sides = chosenSides();
  const points = [];
  const zones = [];
  for (const tp of muscle.triggerPoints) {
    for (const position of tp.positions.filter((p) => sides.includes(p.side))) {
      points.push({ view: position.view, x: position.x, y: position.y, label: `${tp.name} (${position.side})` });
      for (const zone of tp.referralZones) {
        zones.push({ region: zone.region, zone: zone.zone, sides: zoneSides(zone.side, position.side) });
      }
    }
  }
  map.clearDrawing();
  map.shade(zones);
  map.mark(points);
  $('#legend').hidden = false;
  if (points.length) {
    showView(points[0].view, 'whole');
  }
  const section = $('#muscle');
  section.hidden = false;
  $('#muscle-heading').textContent = muscle.name;
  $('#muscle-summary').textContent = muscle.summary;
  const list = $('#trigger-points');
  list.replaceChildren();
  for (const tp of muscle.triggerPoints) {
    const item = element('li');
    item.appendChild(element('strong', tp.name));
    item.appendChild(element('p', tp.location));
    list.appendChild(item);
  }
  $('#status').textContent = `Showing ${points.length} trigger point${points.length === 1 ? '' : 's'} of ${muscle.name} on the map, `
    + 'with its essential zones solid and its spillover zones stippled.';
  await showProtocol(muscle);
  $('#muscle-heading').focus();
}

async function showProtocol(muscle) {
  const box = $('#protocol');
  box.replaceChildren();
  const summary = (muscle.protocols || []).find((p) => p.audience === 'patient');
  if (!summary) {
    return;
  }
  const protocol = await api.protocol(summary.id);
  box.appendChild(element('h3', `Self-care: ${protocol.title}`));
  box.appendChild(element('p', protocol.summary));
  const steps = element('ol');
  protocol.steps.forEach((step) => steps.appendChild(element('li', step.instruction)));
  box.appendChild(steps);
  if (protocol.stretches && protocol.stretches.length) {
    box.appendChild(element('h4', 'Stretches'));
    const stretches = element('ul');
    protocol.stretches.forEach((s) => stretches.appendChild(element('li', `${s.name}: ${s.instruction}`)));
    box.appendChild(stretches);
  }
  box.appendChild(element('h4', 'Stop and see a doctor if'));
  const stop = element('ul');
  protocol.stopAndSeePhysicianIf.forEach((reason) => stop.appendChild(element('li', reason)));
  box.appendChild(stop);
}

async function start() {
  try {
    map = new BodyMap($('#map'), await api.bodyMap(), onToggle);
  } catch (error) {
    $('#map').textContent = `The body map could not be loaded: ${error.message}`;
    return;
  }
  showView('front', 'whole');
  document.querySelectorAll('.views button[data-view]').forEach((button) => {
    button.addEventListener('click', () => showView(button.dataset.view));
  });
  document.querySelectorAll('.parts button').forEach((button) => {
    button.addEventListener('click', () => showView(map.view, button.dataset.part));
  });
  $('#lookup-form').addEventListener('submit', lookup);
  document.body.dataset.ready = 'true';
}

start();
