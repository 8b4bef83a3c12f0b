import { describeRivPart } from './support.js';

describeRivPart('actueel-oordeel', 'actueel_oordeel');
