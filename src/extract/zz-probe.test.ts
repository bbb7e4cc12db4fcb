import { it } from 'vitest';
import { candidatesOf as run } from './test-support';
const show = (t: string) => { console.log('---', t.slice(0, 70)); for (const c of run(t, '2024-10-29')) console.log(c.properties.start, c.properties.end, c.properties.category, c.properties.place, c.candidate?.placePhrase); };
it('probe', () => {
  show('Israeli jets struck the Baalbek-Hermel region on Monday, killing 10 people.');
  show('A girl survived a massacre in the al-Alaq neighborhood of western Baalbek on Monday.');
  show('A girl survived a massacre in western Baalbek on Monday.');
  show('A girl survived a massacre in Baalbek on Monday.');
  show('From Monday morning to Tuesday morning, a total of 67 people were killed in Baalbek.');
}, 60000);
