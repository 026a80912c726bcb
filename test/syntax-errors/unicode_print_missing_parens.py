print 'año nuevo'
