// The SVG body map served by GET /api/v1/body-map, made selectable and drawable. The map's contract: nested
// <svg data-view> frames 400 x 1000 side by side, leaf regions as <polygon data-region data-side>, parent regions
// as <g data-region>, trigger point positions in the coordinates of their view.

const SVG_NS = 'http://www.w3.org/2000/svg';
export const VIEWS = ['front', 'back', 'right', 'left'];
const VIEW_WIDTH = 400;
const VIEW_HEIGHT = 1000;
/** Parts of a view to zoom into (x, y, width, height in the view's coordinates), where places are small. */
export const PARTS = {
  whole: [0, 0, VIEW_WIDTH, VIEW_HEIGHT],
  head: [100, 0, 200, 250],
  pelvis: [100, 420, 200, 160],
};

function svgElement(name, attributes = {}) {
  const element = document.createElementNS(SVG_NS, name);
  Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, value));
  return element;
}

export class BodyMap {
  /** @param onToggle called with {region, side, name, selected} when a place is selected or released */
  constructor(container, svgText, onToggle) {
    container.innerHTML = svgText;
    this.svg = container.querySelector('svg');
    this.svg.setAttribute('role', 'group');
    this.svg.setAttribute('aria-label', 'Body map');
    this.svg.removeAttribute('aria-labelledby');
    this.onToggle = onToggle;
    this.selected = new Set();
    this.addPatterns();
    this.overlays = new Map();
    for (const view of VIEWS) {
      const frame = this.frame(view);
      const overlay = svgElement('g', { class: 'overlay', 'aria-hidden': 'true' });
      frame.appendChild(overlay);
      this.overlays.set(view, overlay);
    }
    for (const shape of this.svg.querySelectorAll('polygon[data-region]')) {
      const name = shape.querySelector('title').textContent;
      shape.setAttribute('tabindex', '0');
      shape.setAttribute('role', 'checkbox');
      shape.setAttribute('aria-checked', 'false');
      shape.setAttribute('aria-label', name);
      shape.addEventListener('click', () => this.toggle(shape));
      shape.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          this.toggle(shape);
        }
      });
    }
  }

  addPatterns() {
    const defs = svgElement('defs');
    const stipple = svgElement('pattern', { id: 'spillover-stipple', width: 6, height: 6, patternUnits: 'userSpaceOnUse' });
    stipple.appendChild(svgElement('rect', { width: 6, height: 6, fill: '#fbe9e7' }));
    stipple.appendChild(svgElement('circle', { cx: 3, cy: 3, r: 1.4, fill: '#c0392b' }));
    defs.appendChild(stipple);
    this.svg.insertBefore(defs, this.svg.firstChild);
  }

  frame(view) {
    return this.svg.querySelector(`svg[data-view="${view}"]`);
  }

  /** Shows one view (all of it, or one of PARTS) at the size of the map; the others leave the tab order. */
  show(view, part = this.part || 'whole') {
    const [x, y, width, height] = PARTS[part];
    const index = VIEWS.indexOf(view);
    this.svg.setAttribute('viewBox', `${index * VIEW_WIDTH + x} ${y} ${width} ${height}`);
    for (const other of VIEWS) {
      this.frame(other).style.display = other === view ? '' : 'none';
    }
    this.view = view;
    this.part = part;
  }

  key(region, side) {
    return `${region}|${side || ''}`;
  }

  toggle(shape) {
    const region = shape.dataset.region;
    const side = shape.dataset.side || null;
    const key = this.key(region, side);
    const selected = !this.selected.has(key);
    this.setSelected(region, side, selected);
    this.onToggle({ region, side, name: shape.getAttribute('aria-label'), selected });
  }

  setSelected(region, side, selected) {
    const key = this.key(region, side);
    if (selected) {
      this.selected.add(key);
    } else {
      this.selected.delete(key);
    }
    for (const shape of this.svg.querySelectorAll(`polygon[data-region="${region}"]`)) {
      if ((shape.dataset.side || null) === side) {
        shape.classList.toggle('selected', selected);
        shape.setAttribute('aria-checked', String(selected));
      }
    }
  }

  /** The leaf shapes of a region (itself, or every leaf of a parent region) on the given sides. */
  shapesOf(region, sides) {
    const shapes = [...this.svg.querySelectorAll(`polygon[data-region="${region}"], g[data-region="${region}"] polygon[data-region]`)];
    return shapes.filter((shape) => !shape.dataset.side || sides.includes(shape.dataset.side));
  }

  clearDrawing() {
    this.svg.querySelectorAll('.zone-essential, .zone-spillover').forEach((shape) => {
      shape.classList.remove('zone-essential', 'zone-spillover');
    });
    this.overlays.forEach((overlay) => overlay.replaceChildren());
  }

  /** Shades referral zones: zones = [{region, zone: essential|spillover, sides: [...]}]; essential wins. */
  shade(zones) {
    for (const zone of zones.filter((z) => z.zone === 'spillover')) {
      this.shapesOf(zone.region, zone.sides).forEach((shape) => shape.classList.add('zone-spillover'));
    }
    for (const zone of zones.filter((z) => z.zone === 'essential')) {
      this.shapesOf(zone.region, zone.sides).forEach((shape) => {
        shape.classList.remove('zone-spillover');
        shape.classList.add('zone-essential');
      });
    }
  }

  /** Marks trigger points: points = [{view, x, y, label}]. */
  mark(points) {
    for (const point of points) {
      const marker = svgElement('g', { class: 'trigger-point', 'data-view': point.view });
      marker.appendChild(svgElement('circle', { cx: point.x, cy: point.y, r: 7 }));
      marker.appendChild(svgElement('circle', { cx: point.x, cy: point.y, r: 2.5, class: 'centre' }));
      const title = svgElement('title');
      title.textContent = point.label;
      marker.appendChild(title);
      this.overlays.get(point.view).appendChild(marker);
    }
  }
}
