'use strict';
console.log('hi');
