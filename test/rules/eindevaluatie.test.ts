import { describeRivPart } from './support.js';

describeRivPart('eindevaluatie', 'eindevaluatie');
