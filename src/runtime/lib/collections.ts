// `collections` and `collections.abc`.
import { registerModule } from '../py/modules';
import { dequeClass } from './_deque';
import { defaultdictClass, orderedDictClass } from './_dictsubs';
import { counterClass } from './_counter';
import { chainMapClass } from './_chainmap';
import { namedtupleFn } from './_namedtuple';
import { abcModule } from './_abc';

registerModule('collections', () => ({
  deque: dequeClass,
  defaultdict: defaultdictClass,
  OrderedDict: orderedDictClass,
  Counter: counterClass,
  ChainMap: chainMapClass,
  namedtuple: namedtupleFn,
  __all__: ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque', 'namedtuple'],
}));
registerModule('collections.abc', abcModule);
registerModule('_collections_abc', abcModule);
